import { useEffect, useRef } from 'react';
import type { WitnessPage } from '@signoff/contracts';

export interface WitnessThanksProps {
  page: WitnessPage;
}

/** After the statement is taken: it is locked, and a change needs a new request. */
export function WitnessThanks({ page }: WitnessThanksProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="result__title witness-thanks__title">
        Thank you, your statement has been sent
      </h1>
      <p className="lead">
        It is now part of {page.learnerName}’s portfolio at {page.centreName}, where their assessor
        judges it as evidence towards their {page.qualificationTitle}.
      </p>
      <p>
        Your statement is now locked: it cannot be changed, and this link no longer works. If
        something needs adding or correcting, ask {page.requestedBy} to send you a new request.
      </p>
      <p>You can close this page.</p>
    </>
  );
}
