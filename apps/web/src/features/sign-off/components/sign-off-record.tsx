import type { SignOffRecord } from '@signoff/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { Fact } from '../../../components/fact';
import { FormAlert } from '../../../components/form-alert';
import { StatusMessage } from '../../../components/status-message';
import { describeError } from '../../../lib/error-messages';
import { formatMoment } from '../../../lib/dates';
import { useSignOffVerification } from '../api/get-sign-off';
import { signedWhat } from '../lib/sign-off-words';
import { RevocationDialog } from './revocation-dialog';

export interface SignOffRecordViewProps {
  signOff: SignOffRecord;
  /** The path of the unit's sign-off page. */
  unitPath: string;
  evidencePath: (itemId: string) => string;
}

const KIND_WORDS: Record<SignOffRecord['kind'], string> = {
  rows: 'Rows of the unit',
  unit: 'The unit as a whole',
  countersignature: 'The learner’s countersignature of the unit',
};

/**
 * One signature as stored: what was signed, by whom, on which evidence, and what became of it;
 * its content and SHA-256; a check of it against the stored records and files; its revocation
 * for the signer or an admin of its centre.
 */
export function SignOffRecordView({ signOff, unitPath, evidencePath }: SignOffRecordViewProps) {
  const [revoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const fate = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (notice) fate.current?.focus();
  }, [notice]);

  return (
    <>
      <StatusMessage>{notice}</StatusMessage>
      {signOff.revocation ? (
        <section className="alert alert--error sign-off-fate" aria-labelledby="fate-heading">
          <h2 id="fate-heading" ref={fate} tabIndex={-1}>
            Revoked: this signature no longer counts
          </h2>
          <p>
            Revoked by {signOff.revocation.by.displayName}
            {signOff.revocation.role === 'admin' ? ' (an administrator of the centre)' : ''},{' '}
            {formatMoment(signOff.revocation.at)}.
          </p>
          <p>Reason: {signOff.revocation.reason}</p>
        </section>
      ) : signOff.flag ? (
        <section className="alert alert--error sign-off-fate" aria-labelledby="fate-heading">
          <h2 id="fate-heading" ref={fate} tabIndex={-1}>
            Flagged: this signature no longer counts
          </h2>
          <p>
            {signOff.flag.reason}, {formatMoment(signOff.flag.at)}.
          </p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="signed-heading">
        <h2 id="signed-heading">What was signed</h2>
        <dl className="facts">
          <Fact term="Signed">{KIND_WORDS[signOff.kind]}</Fact>
          <Fact term="Unit">
            <Link to={unitPath}>{signOff.unit}</Link>
          </Fact>
          {signOff.kind === 'rows' ? <Fact term="Rows">{signOff.rows.join(', ')}</Fact> : null}
          <Fact term="Learner">{signOff.learner.displayName}</Fact>
          <Fact term="Signed by">
            {signOff.signer.displayName}, as {signOff.signerRole}
          </Fact>
          <Fact term="Centre">{signOff.centre.name}</Fact>
          <Fact term="When">{formatMoment(signOff.signedAt)}</Fact>
        </dl>
        <h3>Statement</h3>
        <blockquote className="sign-off-statement">
          <p>{signOff.statement}</p>
        </blockquote>
        <h3>Evidence relied on</h3>
        {signOff.reliedOn.length === 0 ? (
          <p className="muted">None: it stands on the signatures of the unit’s rows.</p>
        ) : (
          <ul>
            {signOff.reliedOn.map((item) => (
              <li key={item.versionId}>
                <Link to={evidencePath(item.itemId)}>{item.title}</Link>{' '}
                <span className="muted">(version {item.version})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="check-heading">
        <h2 id="check-heading">Check this signature</h2>
        <p>
          The content signed is recomputed from the records and files stored now, and compared with
          its SHA-256.
        </p>
        <SignatureCheck signOff={signOff} />
        <p className="sign-off-hash">
          SHA-256 <code>{signOff.contentSha256}</code>
        </p>
        <details className="sign-off-content">
          <summary>The content signed (canonical JSON)</summary>
          <pre>{signOff.content}</pre>
        </details>
      </section>

      {signOff.can.revoke ? (
        <section className="card" aria-labelledby="revoke-heading">
          <h2 id="revoke-heading">Revoke</h2>
          <p>
            If this was signed in error, revoke it: {signedWhat(signOff)} will no longer count until
            signed again.
          </p>
          <div className="button-row">
            <Button variant="danger" onPress={() => setRevoking(true)}>
              Revoke this signature
            </Button>
          </div>
          <RevocationDialog
            signOff={signOff}
            isOpen={revoking}
            onClose={() => setRevoking(false)}
            onRevoked={() => setNotice(`Revoked the signature of ${signedWhat(signOff)}.`)}
          />
        </section>
      ) : null}
    </>
  );
}

/** "Check this signature", and its answer announced: intact, or each change. */
function SignatureCheck({ signOff }: { signOff: SignOffRecord }) {
  const [asked, setAsked] = useState(false);
  const check = useSignOffVerification(signOff.id, asked);
  const verification = check.data;
  return (
    <>
      <div className="button-row">
        <Button
          variant="secondary"
          isPending={check.isFetching}
          onPress={() => (asked ? void check.refetch() : setAsked(true))}
        >
          Check this signature
        </Button>
      </div>
      <div role="status" className="sign-off-check">
        {check.isFetching ? (
          'Checking…'
        ) : check.isError ? null : verification === undefined ? null : verification.intact ? (
          <p className="alert alert--success">
            Intact: the evidence, files and mapping are exactly as signed.
          </p>
        ) : (
          <div className="alert alert--error">
            <p>Changed since it was signed:</p>
            <ul>
              {verification.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {check.isError && !check.isFetching ? (
        <FormAlert message={describeError(check.error)} />
      ) : null}
    </>
  );
}
