import type { EnrolmentDetail } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { FormSelectField, FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { useChangeEnrolmentStatus } from '../api/change-enrolment-status';
import { statusChangeProblems, type StatusChangeAnswers } from '../lib/enrolment-forms';
import { nextStatuses, STATUS_WORDS } from '../lib/enrolment-status';

const WORDING = { subjects: { status: 'The new status', note: 'The note' } };
const EMPTY: StatusChangeAnswers = { status: null, note: '' };

export interface ChangeStatusFormProps {
  enrolment: EnrolmentDetail;
}

/** Offers only the moves the rules allow from the current status; each is kept with a date. */
export function ChangeStatusForm({ enrolment }: ChangeStatusFormProps) {
  const form = useForm<StatusChangeAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom(statusChangeProblems),
  });
  const update = useChangeEnrolmentStatus(enrolment.id);
  const options = nextStatuses(enrolment.status);

  if (options.length === 0)
    return <p>{STATUS_WORDS[enrolment.status]} is final: the status cannot change.</p>;

  return (
    <ValidatedForm
      form={form}
      onValid={({ status, note }) => {
        if (status === null) return;
        update.mutate(
          { status, ...(note.trim() ? { note: note.trim() } : {}) },
          { onSuccess: () => form.reset(EMPTY) },
        );
      }}
      isPending={update.isPending}
      serverError={update.error}
      wording={WORDING}
      aria-label="Change the status"
      status={
        <StatusMessage>
          {update.data ? `The status is now ${STATUS_WORDS[update.data.status]}.` : null}
        </StatusMessage>
      }
    >
      <FormSelectField
        control={form.control}
        label="New status"
        name="status"
        isRequired
        options={options.map((option) => ({ id: option, label: STATUS_WORDS[option] }))}
      />
      <FormTextAreaField
        control={form.control}
        label="Note"
        description="Why the status changes, e.g. the reason for a break in learning."
        name="note"
        maxLength={1000}
        rows={3}
      />
      <SubmitButton pendingLabel="Saving…">Change status</SubmitButton>
    </ValidatedForm>
  );
}
