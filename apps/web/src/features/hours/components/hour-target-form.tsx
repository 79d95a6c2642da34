import { HOUR_LIMITS, type HourCategoryTotal } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { useSetHourTarget } from '../api/set-hour-target';

interface TargetAnswers {
  hours: string;
}

function targetProblems({ hours }: TargetAnswers) {
  const text = hours.trim();
  if (text === '') return [];
  return /^\d+$/.test(text) && Number(text) <= HOUR_LIMITS.targetHoursMax
    ? []
    : [
        {
          path: 'hours',
          message: `must be a whole number of hours up to ${HOUR_LIMITS.targetHoursMax}`,
        },
      ];
}

/** A centre admin sets (or, left empty, removes) one category's target, in whole hours. */
export function HourTargetForm({
  enrolmentId,
  total,
}: {
  enrolmentId: string;
  total: HourCategoryTotal;
}) {
  const form = useForm<TargetAnswers>({
    defaultValues: {
      hours: total.targetMinutes === null ? '' : String(Math.round(total.targetMinutes / 60)),
    },
    resolver: resolverFrom(targetProblems, { subjects: { hours: 'The target' } }),
  });
  const setTarget = useSetHourTarget(enrolmentId);
  return (
    <ValidatedForm
      form={form}
      className="form hour-target-form"
      aria-label={`Target for ${total.title}`}
      checksSummary={null}
      onValid={({ hours }) =>
        setTarget.mutate({
          category: total.category,
          hours: hours.trim() === '' ? null : Number(hours.trim()),
        })
      }
      isPending={setTarget.isPending}
      serverError={setTarget.error}
    >
      <FormTextField
        control={form.control}
        name="hours"
        label={`Target for ${total.title.toLowerCase()}, in hours`}
        description="Leave empty for no target."
        inputMode="numeric"
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Set target
      </SubmitButton>
    </ValidatedForm>
  );
}
