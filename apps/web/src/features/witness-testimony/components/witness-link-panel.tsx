import type { CreatedWitnessRequest } from '@signoff/contracts';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/button';
import { CopyLinkField } from '../../../components/copy-link-field';
import { createdLinkNotice } from '../lib/witness-request-status';

export interface WitnessLinkPanelProps {
  created: CreatedWitnessRequest;
  onDone: () => void;
}

/**
 * The link of a request just made, the only time it is shown: copied with one press (or selected,
 * where the browser refuses the clipboard), with when it expires and whether it was emailed.
 */
export function WitnessLinkPanel({ created, onDone }: WitnessLinkPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="result witness-link">
      <h3 ref={headingRef} tabIndex={-1} className="result__title">
        Request made: send this link to {created.witness.name}
      </h3>
      <div className="link-box">
        <CopyLinkField label={`Link for ${created.witness.name}`} url={created.link} wraps />
      </div>
      <ul className="witness-link__notice">
        {createdLinkNotice(created).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="muted">
        {created.witness.name} opens it on a phone or a computer, without an account, and writes
        their statement. It then appears in the portfolio for the assessor to judge.
      </p>
      <Button variant="secondary" onPress={onDone}>
        Done
      </Button>
    </div>
  );
}
