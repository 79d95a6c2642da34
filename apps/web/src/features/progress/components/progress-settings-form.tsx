import type { ProgressSettings } from '@signoff/contracts';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { useChangeProgressSettings } from '../api/change-progress-settings';
import {
  PROGRESS_SETTINGS_SUBJECTS,
  progressSettingsFormProblems,
  progressSettingsOf,
  type ProgressSettingsAnswers,
} from '../lib/progress-settings-form';

export interface ProgressSettingsFormProps {
  centreId: string;
  centreName: string;
  settings: ProgressSettings;
}

const WORDING = { subjects: PROGRESS_SETTINGS_SUBJECTS };

/** A centre's margins for Behind and Well behind, and the weeks between progress reviews. */
export function ProgressSettingsForm({
  centreId,
  centreName,
  settings,
}: ProgressSettingsFormProps) {
  const form = useForm<ProgressSettingsAnswers>({
    defaultValues: {
      amberMargin: String(settings.amberMargin),
      redMargin: String(settings.redMargin),
      reviewIntervalWeeks: String(settings.reviewIntervalWeeks),
    },
    resolver: resolverFrom(progressSettingsFormProblems, WORDING),
  });
  const change = useChangeProgressSettings(centreId);
  const { reset: forgetAnswer } = change;

  useEffect(() => {
    // An edit makes the last answer (saved, or refused) old news.
    const subscription = form.watch(() => forgetAnswer());
    return () => subscription.unsubscribe();
  }, [form, forgetAnswer]);

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) => change.mutate(progressSettingsOf(answers))}
      isPending={change.isPending}
      serverError={change.error}
      wording={WORDING}
      checksSummary="Some settings need correcting. Check the fields marked below."
      aria-label={`Progress settings at ${centreName}`}
      status={
        <StatusMessage>
          {change.isSuccess ? 'The progress settings are saved.' : null}
        </StatusMessage>
      }
    >
      <FormTextField
        control={form.control}
        name="amberMargin"
        label="Behind when progress lags time elapsed by more than (points)"
        description="Percentage points, from 0 to 100; shown as Behind (amber)."
        inputMode="numeric"
      />
      <FormTextField
        control={form.control}
        name="redMargin"
        label="Well behind when progress lags time elapsed by more than (points)"
        description="More than the margin for Behind, up to 100; shown as Well behind (red)."
        inputMode="numeric"
      />
      <FormTextField
        control={form.control}
        name="reviewIntervalWeeks"
        label="Weeks between progress reviews"
        description="From 1 to 52."
        inputMode="numeric"
      />
      <div className="button-row">
        <SubmitButton pendingLabel="Saving…">Save progress settings</SubmitButton>
      </div>
    </ValidatedForm>
  );
}
