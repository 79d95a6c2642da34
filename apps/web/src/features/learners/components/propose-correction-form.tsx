import { useForm } from 'react-hook-form';
import { FormSelectField, FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { useProposeCorrection } from '../api/propose-correction';
import { correctionProblems, type CorrectionAnswers } from '../lib/learner-form-problems';

const FIELDS = [
  { id: 'displayName', label: 'Name' },
  { id: 'dateOfBirth', label: 'Date of birth' },
  { id: 'uln', label: 'Unique learner number (ULN)' },
  { id: 'employer', label: 'Employer' },
  { id: 'priorQualifications', label: 'Prior qualifications' },
  { id: 'englishEvidence', label: 'English language results' },
  { id: 'experienceYears', label: 'Years of relevant experience' },
] as const;

const WORDING = { subjects: { field: 'Detail', proposed: 'What it should say' } };
const EMPTY: CorrectionAnswers = { field: null, proposed: '' };

export interface ProposeCorrectionFormProps {
  learnerId: string;
}

/** The learner asks for a detail of their record to be put right; their centre's admin decides. */
export function ProposeCorrectionForm({ learnerId }: ProposeCorrectionFormProps) {
  const form = useForm<CorrectionAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom(correctionProblems),
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
        options={FIELDS}
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
