import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useNextAwaiting } from '../api/get-assessment-queue';

/** The assessor's home leads to their queue: how much awaits them and the oldest item to judge. */
export function AwaitingSummary() {
  const next = useNextAwaiting();
  if (next.isPending) return <p role="status">Loading what awaits you…</p>;
  if (next.isError) return <FormAlert message={describeError(next.error)} />;
  const oldest = next.data.items[0];
  if (!oldest)
    return (
      <p>
        Nothing awaits your assessment. Submitted evidence from your{' '}
        <Link to="/caseload">caseload</Link> appears in <Link to="/assessment">Assessment</Link>.
      </p>
    );
  const total = next.data.total;
  return (
    <>
      <p className="lead">
        {total === 1 ? '1 item awaits' : `${total} items await`} your assessment.
      </p>
      <p>
        The oldest is{' '}
        <Link to={`/enrolments/${oldest.enrolmentId}/evidence/${oldest.evidenceId}`}>
          {oldest.title}
        </Link>{' '}
        from {oldest.learner.displayName}, submitted {formatMoment(oldest.submittedAt)}.
      </p>
      <p>
        <Link to="/assessment">Open the assessment queue</Link>
      </p>
    </>
  );
}
