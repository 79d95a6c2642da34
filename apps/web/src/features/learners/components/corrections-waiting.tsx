import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { describeError } from '../../../lib/error-messages';
import { useLearnersAwaitingCorrection } from '../api/get-learners';

/**
 * The learners who proposed a correction to their record that no admin has answered yet, each
 * leading to the record where it is resolved or declined.
 */
export function CorrectionsWaiting() {
  const waiting = useLearnersAwaitingCorrection();
  if (waiting.isPending) return <p role="status">Loading the corrections waiting…</p>;
  if (waiting.isError) return <FormAlert message={describeError(waiting.error)} />;
  const { items, total } = waiting.data;
  if (total === 0) return <p>No learner has a correction to their record waiting for you.</p>;
  return (
    <>
      <p>
        {total === 1
          ? 'One learner has proposed a correction to their record.'
          : `${total} learners have proposed corrections to their records.`}{' '}
        Open each record to resolve or decline what they proposed.
      </p>
      <ul>
        {items.map((learner) => (
          <li key={learner.id}>
            <Link to={`/learners/${encodeURIComponent(learner.id)}`}>{learner.displayName}</Link>
            {': '}
            {learner.openCorrections === 1
              ? '1 correction'
              : `${learner.openCorrections} corrections`}
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p>
          <Link to="/learners">All learners</Link> ({total - items.length} more with corrections
          waiting).
        </p>
      ) : null}
    </>
  );
}
