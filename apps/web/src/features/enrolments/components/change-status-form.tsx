import type { EnrolmentDetail, EnrolmentStatus } from '@signoff/contracts';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField } from '../../../components/text-area-field';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import { useChangeEnrolmentStatus } from '../api/change-enrolment-status';
import { nextStatuses, STATUS_WORDS } from '../lib/enrolment-status';

const SUBJECTS = { status: 'The new status', note: 'The note' } as const;

export interface ChangeStatusFormProps {
  enrolment: EnrolmentDetail;
}

/** Offers only the moves the rules allow from the current status; each is kept with a date. */
export function ChangeStatusForm({ enrolment }: ChangeStatusFormProps) {
  const [status, setStatus] = useState<EnrolmentStatus | null>(null);
  const [note, setNote] = useState('');
  const update = useChangeEnrolmentStatus(enrolment.id);
  const { errors, passes, clear, summary } = useFormErrors(update.error, SUBJECTS);
  const options = nextStatuses(enrolment.status);

  if (options.length === 0)
    return <p>{STATUS_WORDS[enrolment.status]} is final: the status cannot change.</p>;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    if (!passes(event.currentTarget, status === null ? { status: 'Choose the new status.' } : {}))
      return;
    if (status === null) return;
    update.mutate(
      { status, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setStatus(null);
          setNote('');
        },
      },
    );
  }

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
      aria-label="Change the status"
    >
      <FormAlert message={summary(() => (update.error ? describeError(update.error) : null))} />
      <StatusMessage>
        {update.data ? `The status is now ${STATUS_WORDS[update.data.status]}.` : null}
      </StatusMessage>
      <SelectField
        label="New status"
        name="status"
        isRequired
        options={options.map((option) => ({ id: option, label: STATUS_WORDS[option] }))}
        value={status}
        onChange={(value) => {
          setStatus(value as EnrolmentStatus | null);
          clear('status');
        }}
      />
      <TextAreaField
        label="Note"
        description="Why the status changes, e.g. the reason for a break in learning."
        name="note"
        maxLength={1000}
        rows={3}
        value={note}
        onChange={(value) => {
          setNote(value);
          clear('note');
        }}
      />
      <Button type="submit" isPending={update.isPending}>
        {update.isPending ? 'Saving…' : 'Change status'}
      </Button>
    </Form>
  );
}
