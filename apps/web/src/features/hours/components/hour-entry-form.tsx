import { HOUR_LIMITS, type EnrolmentHours, type HourEntry } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import {
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitOrCancel, ValidatedForm } from '../../../components/form/validated-form';
import type { SelectOption } from '../../../components/select-field';
import { today } from '../../../lib/dates';
import { useChangeHours } from '../api/change-hours';
import { useCorrectHours } from '../api/correct-hours';
import { useLogHours } from '../api/log-hours';
import {
  HOUR_ENTRY_SUBJECTS,
  hourEntryAnswers,
  hourEntryFormProblems,
  toHourEntryRequest,
  type HourEntryAnswers,
} from '../lib/hour-entry-form';

const WORDING = { subjects: HOUR_ENTRY_SUBJECTS };

export interface HourEntryFormProps {
  enrolmentId: string;
  hours: EnrolmentHours;
  /** The learner's evidence items, to link one. */
  evidence: readonly SelectOption[];
  /** Log a new entry, change this one, or correct this confirmed one with a new entry. */
  mode: { kind: 'log' } | { kind: 'change' | 'correct'; entry: HourEntry };
  onDone: (words: string) => void;
  onCancel?: () => void;
}

function useHourWrite(enrolmentId: string, mode: HourEntryFormProps['mode']) {
  const entryId = mode.kind === 'log' ? '' : mode.entry.id;
  const log = useLogHours(enrolmentId);
  const change = useChangeHours(enrolmentId, entryId);
  const correct = useCorrectHours(enrolmentId, entryId);
  return mode.kind === 'log' ? log : mode.kind === 'change' ? change : correct;
}

/** Date, hours and minutes, activity, category and an optional evidence item: one entry. */
export function HourEntryForm({
  enrolmentId,
  hours,
  evidence,
  mode,
  onDone,
  onCancel,
}: HourEntryFormProps) {
  const form = useForm<HourEntryAnswers>({
    defaultValues: hourEntryAnswers(mode.kind === 'log' ? undefined : mode.entry, today()),
    resolver: resolverFrom((answers) => hourEntryFormProblems(answers), WORDING),
  });
  const write = useHourWrite(enrolmentId, mode);
  const categories = hours.categories.map(({ key, title }) => ({ id: key, label: title }));
  const evidenceOptions = [{ id: 'none', label: 'No evidence' }, ...evidence];
  const label = { log: 'Log hours', change: 'Save changes', correct: 'Log the correction' }[
    mode.kind
  ];
  return (
    <ValidatedForm
      form={form}
      className="form hour-entry-form"
      aria-label={label}
      onValid={(answers) =>
        write.mutate(toHourEntryRequest(answers), {
          onSuccess: () => {
            form.reset(hourEntryAnswers(undefined, today()));
            onDone(
              mode.kind === 'log'
                ? 'Your hours are logged. Your assessor will confirm them.'
                : mode.kind === 'change'
                  ? 'Your changes are saved. Your assessor will review the entry again.'
                  : 'Your correction is logged; it takes the place of the confirmed entry once confirmed.',
            );
          },
        })
      }
      isPending={write.isPending}
      serverError={write.error}
      wording={WORDING}
    >
      <div className="hour-entry-form__when">
        <FormTextField control={form.control} name="date" label="Date" type="date" isRequired />
        <div className="hour-entry-form__duration">
          <FormTextField
            control={form.control}
            name="hours"
            label="Hours"
            inputMode="numeric"
            className="field--short"
          />
          <FormTextField
            control={form.control}
            name="minutes"
            label="Minutes"
            inputMode="numeric"
            className="field--short"
          />
        </div>
      </div>
      <FormSelectField
        control={form.control}
        name="category"
        label="Category"
        options={categories}
        isRequired
      />
      <FormTextAreaField
        control={form.control}
        name="activity"
        label="Activity"
        description="What you did, where, and who supervised you."
        isRequired
        maxLength={HOUR_LIMITS.activityMaxLength}
        rows={3}
      />
      <FormSelectField
        control={form.control}
        name="evidenceItemId"
        label="Evidence (optional)"
        options={evidenceOptions}
      />
      <SubmitOrCancel submitLabel={label} pendingLabel="Saving…" onCancel={onCancel} />
    </ValidatedForm>
  );
}
