import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField } from '../../../components/text-area-field';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import { useProposeCorrection } from '../api/propose-correction';

const FIELDS = [
  { id: 'displayName', label: 'Name' },
  { id: 'dateOfBirth', label: 'Date of birth' },
  { id: 'uln', label: 'Unique learner number (ULN)' },
  { id: 'employer', label: 'Employer' },
  { id: 'priorQualifications', label: 'Prior qualifications' },
  { id: 'englishEvidence', label: 'English language results' },
  { id: 'experienceYears', label: 'Years of relevant experience' },
] as const;

const SUBJECTS = { field: 'Detail', proposed: 'What it should say' } as const;

export interface ProposeCorrectionFormProps {
  learnerId: string;
}

/** The learner asks for a detail of their record to be put right; their centre's admin decides. */
export function ProposeCorrectionForm({ learnerId }: ProposeCorrectionFormProps) {
  const [field, setField] = useState<string | null>(null);
  const [proposed, setProposed] = useState('');
  const propose = useProposeCorrection(learnerId);
  const { errors, passes, clear, summary } = useFormErrors(propose.error, SUBJECTS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (propose.isPending) return;
    const found: Record<string, string> = {};
    if (field === null) found['field'] = 'Choose the detail to correct.';
    if (proposed.trim() === '') found['proposed'] = 'Say what it should say.';
    if (!passes(event.currentTarget, found) || field === null) return;
    propose.mutate(
      { field, proposed: proposed.trim() },
      {
        onSuccess: () => {
          setField(null);
          setProposed('');
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
      aria-label="Ask for a correction"
    >
      <FormAlert message={summary(() => (propose.error ? describeError(propose.error) : null))} />
      <StatusMessage>
        {propose.isSuccess ? 'Your request has been sent to your centre.' : null}
      </StatusMessage>
      <SelectField
        label="Detail to correct"
        name="field"
        isRequired
        options={FIELDS}
        value={field}
        onChange={(value) => {
          setField(value);
          clear('field');
        }}
      />
      <TextAreaField
        label="What it should say"
        name="proposed"
        isRequired
        maxLength={1000}
        rows={3}
        value={proposed}
        onChange={(value) => {
          setProposed(value);
          clear('proposed');
        }}
      />
      <Button type="submit" variant="secondary" isPending={propose.isPending}>
        {propose.isPending ? 'Sending…' : 'Ask for this correction'}
      </Button>
    </Form>
  );
}
