import type { ProfileCorrection } from '@signoff/contracts';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { StatusMessage } from '../../../components/status-message';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useResolveCorrection } from '../api/resolve-correction';
import { correctionFieldName } from '../lib/correction-fields';

const STATUS_WORDS: Record<ProfileCorrection['status'], string> = {
  open: 'Open',
  resolved: 'Resolved',
  declined: 'Declined',
};

export interface CorrectionsListProps {
  learnerId: string;
  corrections: readonly ProfileCorrection[];
  /** Admins resolve or decline open corrections; everyone else only reads them. */
  canResolve: boolean;
}

/** Corrections the learner has asked for; an admin edits the record, then marks one resolved. */
export function CorrectionsList({ learnerId, corrections, canResolve }: CorrectionsListProps) {
  const resolve = useResolveCorrection(learnerId);
  if (corrections.length === 0) return <p>No corrections have been asked for.</p>;
  const open = corrections.filter((correction) => correction.status === 'open');
  const closed = corrections.filter((correction) => correction.status !== 'open');
  const done = resolve.data && resolve.variables;

  return (
    <>
      <FormAlert message={resolve.error ? describeError(resolve.error) : null} />
      <StatusMessage>
        {done
          ? `Correction ${resolve.variables.status === 'resolved' ? 'marked resolved' : 'declined'}.`
          : null}
      </StatusMessage>
      {open.length === 0 ? <p>No corrections are open.</p> : null}
      <ul className="record-list corrections">
        {[...open, ...closed].map((correction) => {
          const field = correctionFieldName(correction.field);
          return (
            <li key={correction.id} className="correction">
              <p className="correction__title">
                <span
                  className={
                    correction.status === 'open' ? 'badge badge--draft' : 'badge badge--advisory'
                  }
                >
                  {STATUS_WORDS[correction.status]}
                </span>{' '}
                <strong>{field}</strong>{' '}
                <span className="muted">
                  asked{' '}
                  <time dateTime={correction.createdAt}>{formatMoment(correction.createdAt)}</time>
                </span>
              </p>
              <p className="correction__proposed">{correction.proposed}</p>
              {canResolve && correction.status === 'open' ? (
                <div className="button-row">
                  <Button
                    className="button--small"
                    isPending={
                      resolve.isPending && resolve.variables.correctionId === correction.id
                    }
                    aria-label={`Mark the correction to ${field} resolved`}
                    onPress={() =>
                      resolve.mutate({ correctionId: correction.id, status: 'resolved' })
                    }
                  >
                    Mark resolved
                  </Button>
                  <Button
                    variant="secondary"
                    className="button--small"
                    isPending={
                      resolve.isPending && resolve.variables.correctionId === correction.id
                    }
                    aria-label={`Decline the correction to ${field}`}
                    onPress={() =>
                      resolve.mutate({ correctionId: correction.id, status: 'declined' })
                    }
                  >
                    Decline
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
