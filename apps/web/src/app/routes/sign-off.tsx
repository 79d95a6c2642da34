import type { SignOffRecord } from '@signoff/contracts';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { useSignOff } from '../../features/sign-off/api/get-sign-off';
import { SignOffRecordView } from '../../features/sign-off/components/sign-off-record';
import { signedWhat } from '../../features/sign-off/lib/sign-off-words';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

/**
 * One signature (`/sign-offs/:id`), for everyone who sees its enrolment: what was signed and on
 * what, its check, and its revocation by the signer or an admin of its centre.
 */
export function SignOffRoute() {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const signOff = useSignOff(id);
  useDocumentTitle(
    signOff.data
      ? `${signatureTitle(signOff.data)} for ${signOff.data.learner.displayName}`
      : signOff.isError
        ? 'Signature not found'
        : 'Signature',
  );

  if (signOff.isPending) return <p role="status">Loading the signature…</p>;
  if (signOff.isError)
    return (
      <>
        <h1>{isApiError(signOff.error, 'NOT_FOUND') ? 'Signature not found' : 'Signature'}</h1>
        <FormAlert message={describeError(signOff.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );

  const record = signOff.data;
  const enrolment = encodeURIComponent(record.enrolmentId);
  const isLearner = me.id === record.learner.id;
  const unitPath = `/enrolments/${enrolment}/units/${encodeURIComponent(record.unit)}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={unitPath}>
          {isLearner
            ? `Your sign-off of ${record.unit}`
            : `Sign-off of ${record.unit} for ${record.learner.displayName}`}
        </Link>
      </p>
      <h1>{signatureTitle(record)}</h1>
      <SignOffRecordView
        signOff={record}
        unitPath={unitPath}
        evidencePath={(itemId) =>
          isLearner
            ? `/portfolio/evidence/${encodeURIComponent(itemId)}`
            : `/enrolments/${enrolment}/evidence/${encodeURIComponent(itemId)}`
        }
      />
    </>
  );
}

/** "Signature of rows 1 and 2 of QC28074-2", or "Countersignature of QC28074-1". */
function signatureTitle(signOff: SignOffRecord): string {
  return signOff.kind === 'countersignature'
    ? `Countersignature of ${signOff.unit}`
    : `Signature of ${signedWhat(signOff)}`;
}
