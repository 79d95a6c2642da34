import {
  HOUR_LIMITS,
  type EnrolmentHours,
  type HourEntry,
  type HourEntryStatus,
} from '@signoff/contracts';
import { durationInWords } from '@signoff/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitOrCancel, ValidatedForm } from '../../../components/form/validated-form';
import { ModalDialog } from '../../../components/modal-dialog';
import type { SelectOption } from '../../../components/select-field';
import { formatDay, formatMoment } from '../../../lib/dates';
import { useReviewHours } from '../api/review-hours';
import { HourEntryForm } from './hour-entry-form';

const STATUS_WORDS: Record<HourEntryStatus, string> = {
  logged: 'Awaiting the assessor',
  confirmed: 'Confirmed',
  queried: 'Queried',
};
const STATUS_BADGE: Record<HourEntryStatus, string> = {
  logged: 'badge--evidence-submitted',
  confirmed: 'badge--evidence-accepted',
  queried: 'badge--evidence-referred',
};

export interface HourEntriesProps {
  enrolmentId: string;
  hours: EnrolmentHours;
  evidence: readonly SelectOption[];
  evidencePath: (itemId: string) => string;
  onDone: (words: string) => void;
}

/** The entries, newest first: a table on a wide screen, a card each on a phone. */
export function HourEntries({
  enrolmentId,
  hours,
  evidence,
  evidencePath,
  onDone,
}: HourEntriesProps) {
  if (hours.entries.length === 0) return <p>No hours have been logged yet.</p>;
  return (
    <table className="table hour-entries" role="table" aria-label="Hours logged">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            Date
          </th>
          <th role="columnheader" scope="col">
            Time
          </th>
          <th role="columnheader" scope="col">
            Category
          </th>
          <th role="columnheader" scope="col">
            Activity
          </th>
          <th role="columnheader" scope="col">
            Status
          </th>
          <th role="columnheader" scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {hours.entries.map((entry) => (
          <tr
            role="row"
            key={entry.id}
            className={entry.correctedBy ? 'hour-entries__superseded' : undefined}
          >
            <th role="rowheader" scope="row" className="table__name">
              {formatDay(entry.date)}
            </th>
            <td role="cell" data-label="Time">
              {durationInWords(entry.minutes)}
            </td>
            <td role="cell" data-label="Category">
              {entry.categoryTitle}
            </td>
            <td role="cell" data-label="Activity">
              <span className="hour-entries__activity">{entry.activity}</span>
              {entry.evidence ? (
                <span className="table__subtitle">
                  Evidence: <Link to={evidencePath(entry.evidence.id)}>{entry.evidence.title}</Link>
                </span>
              ) : null}
              {entry.corrects ? (
                <span className="table__subtitle">A correction of an entry confirmed earlier</span>
              ) : null}
              {entry.correctedBy ? (
                <span className="table__subtitle">Replaced by a correction; not counted</span>
              ) : null}
            </td>
            <td role="cell" data-label="Status">
              <span className={`badge ${STATUS_BADGE[entry.status]}`}>
                {STATUS_WORDS[entry.status]}
              </span>
              {entry.reviews.map((review) => (
                <span key={review.id} className="table__subtitle">
                  {review.decision === 'confirm' ? 'Confirmed' : 'Queried'} by{' '}
                  {review.assessor.displayName}, {formatMoment(review.decidedAt)}
                  {review.comment ? `: “${review.comment}”` : ''}
                </span>
              ))}
            </td>
            <td role="cell" className="table__actions">
              <EntryActions
                enrolmentId={enrolmentId}
                hours={hours}
                entry={entry}
                evidence={evidence}
                onDone={onDone}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EntryActions({
  enrolmentId,
  hours,
  entry,
  evidence,
  onDone,
}: Omit<HourEntriesProps, 'evidencePath'> & { entry: HourEntry }) {
  const [open, setOpen] = useState<'change' | 'correct' | 'query' | null>(null);
  const review = useReviewHours(enrolmentId, entry.id);
  const when = formatDay(entry.date);
  return (
    <div className="button-row">
      {entry.can.edit ? (
        <Button
          variant="secondary"
          onPress={() => setOpen('change')}
          aria-label={`Edit the entry of ${when}`}
        >
          Edit
        </Button>
      ) : null}
      {entry.can.correct ? (
        <Button
          variant="secondary"
          onPress={() => setOpen('correct')}
          aria-label={`Correct the entry of ${when}`}
        >
          Correct
        </Button>
      ) : null}
      {entry.can.review ? (
        <>
          <Button
            isPending={review.isPending}
            onPress={() =>
              review.mutate(
                { decision: 'confirm' },
                { onSuccess: () => onDone(`You confirmed the hours of ${when}.`) },
              )
            }
            aria-label={`Confirm the entry of ${when}`}
          >
            Confirm
          </Button>
          <Button
            variant="secondary"
            onPress={() => setOpen('query')}
            aria-label={`Query the entry of ${when}`}
          >
            Query
          </Button>
        </>
      ) : null}
      <ModalDialog
        title={
          open === 'query'
            ? `Query the hours of ${when}`
            : open === 'correct'
              ? `Correct the hours of ${when}`
              : `Edit the hours of ${when}`
        }
        isOpen={open !== null}
        onOpenChange={(isOpen) => setOpen(isOpen ? open : null)}
      >
        {(close) =>
          open === 'query' ? (
            <QueryForm
              enrolmentId={enrolmentId}
              entry={entry}
              onCancel={close}
              onDone={() => {
                close();
                onDone(`You queried the hours of ${when}.`);
              }}
            />
          ) : (
            <>
              {open === 'correct' ? (
                <p>
                  A confirmed entry never changes. Your correction is a new entry that takes its
                  place in the totals, and your assessor confirms it too.
                </p>
              ) : null}
              <HourEntryForm
                enrolmentId={enrolmentId}
                hours={hours}
                evidence={evidence}
                mode={{ kind: open === 'correct' ? 'correct' : 'change', entry }}
                onCancel={close}
                onDone={(words) => {
                  close();
                  onDone(words);
                }}
              />
            </>
          )
        }
      </ModalDialog>
    </div>
  );
}

interface QueryAnswers {
  comment: string;
}

function QueryForm({
  enrolmentId,
  entry,
  onCancel,
  onDone,
}: {
  enrolmentId: string;
  entry: HourEntry;
  onCancel: () => void;
  onDone: () => void;
}) {
  const form = useForm<QueryAnswers>({
    defaultValues: { comment: '' },
    resolver: resolverFrom(
      ({ comment }: QueryAnswers) =>
        comment.trim() === ''
          ? [{ path: 'comment', message: 'must say what the learner should look at' }]
          : [],
      { subjects: { comment: 'Your question' } },
    ),
  });
  const review = useReviewHours(enrolmentId, entry.id);
  return (
    <ValidatedForm
      form={form}
      checksSummary={null}
      onValid={({ comment }) =>
        review.mutate({ decision: 'query', comment: comment.trim() }, { onSuccess: onDone })
      }
      isPending={review.isPending}
      serverError={review.error}
    >
      <p>
        {durationInWords(entry.minutes)} of {entry.categoryTitle.toLowerCase()}: “{entry.activity}”
      </p>
      <FormTextAreaField
        control={form.control}
        name="comment"
        label="Your question for the learner"
        isRequired
        maxLength={HOUR_LIMITS.commentMaxLength}
        rows={3}
      />
      <SubmitOrCancel submitLabel="Query the entry" pendingLabel="Sending…" onCancel={onCancel} />
    </ValidatedForm>
  );
}
