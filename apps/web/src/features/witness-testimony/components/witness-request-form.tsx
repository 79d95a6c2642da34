import {
  WITNESS_FIELD_NAMES,
  WITNESS_LIMITS,
  type CentreWitness,
  type CreatedWitnessRequest,
  type Unit,
} from '@signoff/contracts';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CheckMark } from '../../../components/check-mark';
import {
  FormCheckbox,
  FormRadioGroup,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { OutcomePickerField } from '../../../components/outcome-picker';
import { useCreateWitnessRequest } from '../api/create-witness-request';
import {
  newWitnessRequestAnswers,
  toCreateWitnessRequest,
  witnessRequestFormProblems,
  type WitnessRequestAnswers,
} from '../lib/witness-forms';
import { WitnessFields } from './witness-fields';

// Paths such as `witness.name` name the new witness's fields.
const WORDING = { subjects: WITNESS_FIELD_NAMES, fullPaths: true };

const SOURCES = [
  { id: 'register', label: 'Someone in the centre’s register' },
  {
    id: 'new',
    label: 'Someone new',
    description: 'They are added to the register, so they can be asked again.',
  },
];

function witnessLabel(witness: CentreWitness): string {
  return `${witness.name}, ${witness.jobRole}${witness.expert ? ' (expert witness)' : ''}`;
}

export interface WitnessRequestFormProps {
  enrolmentId: string;
  learnerName: string;
  /** The learner asks for themself: the form says "you". */
  asksForThemself: boolean;
  /** The enrolment's planned units: the witness is asked about their outcomes. */
  units: readonly Unit[];
  /** The centre's register, when the person may read it; otherwise only someone new is asked. */
  register: readonly CentreWitness[] | undefined;
  onCreated: (created: CreatedWitnessRequest) => void;
}

/**
 * Asks a witness for a statement: who (from the register or someone new), how they know the
 * learner, the outcomes to describe, a message, how long the link lasts and whether to email it.
 */
export function WitnessRequestForm({
  enrolmentId,
  learnerName,
  asksForThemself,
  units,
  register,
  onCreated,
}: WitnessRequestFormProps) {
  const hasRegister = register !== undefined && register.length > 0;
  const form = useForm<WitnessRequestAnswers>({
    defaultValues: newWitnessRequestAnswers(hasRegister ? 'register' : 'new'),
    resolver: resolverFrom(witnessRequestFormProblems, WORDING),
  });
  const source = useWatch({ control: form.control, name: 'source' });
  const create = useCreateWitnessRequest(enrolmentId);
  const outcomesHeadingId = useId();
  const emailHelpId = useId();

  return (
    <ValidatedForm
      form={form}
      onValid={(answers) =>
        create.mutate(toCreateWitnessRequest(answers), {
          onSuccess: (created) => {
            form.reset(newWitnessRequestAnswers(hasRegister ? 'register' : 'new'));
            onCreated(created);
          },
        })
      }
      isPending={create.isPending}
      serverError={create.error}
      wording={WORDING}
      className="form witness-request-form"
    >
      {hasRegister ? (
        <FormRadioGroup
          control={form.control}
          name="source"
          label="Who is the witness?"
          options={SOURCES}
          isRequired
        />
      ) : null}
      {hasRegister && source === 'register' ? (
        <FormSelectField
          control={form.control}
          name="witnessId"
          label="Witness"
          placeholder="Choose a witness…"
          options={register.map((witness) => ({ id: witness.id, label: witnessLabel(witness) }))}
          isRequired
        />
      ) : (
        <fieldset className="form-section witness-new">
          <legend className="form-section__legend">The new witness</legend>
          <WitnessFields control={form.control} prefix="witness." />
        </fieldset>
      )}
      <FormTextField
        control={form.control}
        name="relationship"
        label={asksForThemself ? 'Relationship to you' : `Relationship to ${learnerName}`}
        description={`How they know ${asksForThemself ? 'your' : `${learnerName}’s`} work, e.g. “Line manager for two years”.`}
        isRequired
        maxLength={WITNESS_LIMITS.relationshipMaxLength}
      />
      <h3 id={outcomesHeadingId}>Outcomes and criteria to describe</h3>
      <p className="muted">
        The witness sees the words of each one you tick, and describes what they saw{' '}
        {asksForThemself ? 'you' : learnerName} do.
      </p>
      <OutcomePickerField
        control={form.control}
        name="claims"
        units={units}
        labelledBy={outcomesHeadingId}
        headingLevel={4}
      />
      <FormTextAreaField
        control={form.control}
        name="message"
        label="Message to the witness"
        description="Optional. What you would like them to describe, e.g. the shift or the task."
        rows={4}
        maxLength={WITNESS_LIMITS.messageMaxLength}
      />
      <FormTextField
        control={form.control}
        name="validDays"
        label="Days the link stays valid"
        description={`From 1 to ${WITNESS_LIMITS.maxValidDays}. After that it stops working and a new request is needed.`}
        inputMode="numeric"
        isRequired
        className="field--short"
      />
      <div className="field">
        <FormCheckbox control={form.control} name="sendEmail" aria-describedby={emailHelpId}>
          <CheckMark />
          <span>Also send the link by email</span>
        </FormCheckbox>
        <p id={emailHelpId} className="field__description">
          Only works where the centre has set up its mail settings; you are told once the request is
          made whether it was sent. The link is shown to you to copy either way.
        </p>
      </div>
      <SubmitButton pendingLabel="Making the request…">Ask for a statement</SubmitButton>
    </ValidatedForm>
  );
}
