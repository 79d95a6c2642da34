import { correctionProblems } from '@signoff/contracts';
import { useForm } from 'react-hook-form';
import { FormSelectField, FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { useProposeCorrection } from '../api/propose-correction';
import { CORRECTABLE_FIELDS } from '../lib/correction-fields';

const WORDING = { subjects: { field: 'Detail to correct', proposed: 'What it should say' } };

interface CorrectionAnswers {
  field: string | null;
  proposed: string;
}

const EMPTY: CorrectionAnswers = { field: null, proposed: '' };

export interface ProposeCorrectionFormProps {
  learnerId: string;
}

/** The learner asks for a detail of their record to be put right; their centre's admin decides. */
export function ProposeCorrectionForm({ learnerId }: ProposeCorrectionFormProps) {
  const form = useForm<CorrectionAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom<CorrectionAnswers>(correctionProblems, WORDING),
  });
  const propose = useProposeCorrection(learnerId);

  return (
    <ValidatedForm
      form={form}
      onValid={({ field, proposed }) => {
        if (field === null) return;
        propose.mutate(
          { field, proposed: proposed.trim() },
          { onSuccess: () => form.reset(EMPTY) },
        );
      }}
      isPending={propose.isPending}
      serverError={propose.error}
      wording={WORDING}
      aria-label="Ask for a correction"
      status={
        <StatusMessage>
          {propose.isSuccess ? 'Your request has been sent to your centre.' : null}
        </StatusMessage>
      }
    >
      <FormSelectField
        control={form.control}
        label="Detail to correct"
        name="field"
        isRequired
        options={CORRECTABLE_FIELDS}
      />
      <FormTextAreaField
        control={form.control}
        label="What it should say"
        name="proposed"
        isRequired
        maxLength={1000}
        rows={3}
      />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Ask for this correction
      </SubmitButton>
    </ValidatedForm>
  );
}
