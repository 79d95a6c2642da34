import { WITNESS_LIMITS } from '@signoff/contracts';
import { useId } from 'react';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { CheckMark } from '../../../components/check-mark';
import {
  FormCheckbox,
  FormTextAreaField,
  FormTextField,
} from '../../../components/form/form-fields';

export interface WitnessFieldsProps<Values extends FieldValues> {
  control: Control<Values>;
  /** Where the witness's answers sit in the form's values: `''` at the top, `'witness.'` nested. */
  prefix: '' | 'witness.';
}

/**
 * A witness's particulars, as the register keeps them: name, job role, email and whether they
 * are an expert witness, whose occupational competence is then asked for. The same fields add a
 * witness to the register and name someone new when asking for a statement.
 */
export function WitnessFields<Values extends FieldValues>({
  control,
  prefix,
}: WitnessFieldsProps<Values>) {
  const at = (field: string) => `${prefix}${field}` as Path<Values>;
  const expert = useWatch({ control, name: at('expert') }) === true;
  const expertHelpId = useId();
  return (
    <>
      <FormTextField
        control={control}
        name={at('name')}
        label="Name"
        autoComplete="off"
        isRequired
        maxLength={WITNESS_LIMITS.nameMaxLength}
      />
      <FormTextField
        control={control}
        name={at('jobRole')}
        label="Job role"
        description="e.g. Registered manager, Senior care worker."
        autoComplete="off"
        isRequired
        maxLength={WITNESS_LIMITS.jobRoleMaxLength}
      />
      <FormTextField
        control={control}
        name={at('email')}
        label="Email address"
        description="Where a request’s link is sent, when it is sent by email."
        type="email"
        autoComplete="off"
        isRequired
        maxLength={WITNESS_LIMITS.emailMaxLength}
      />
      <div className="field">
        <FormCheckbox control={control} name={at('expert')} aria-describedby={expertHelpId}>
          <CheckMark />
          <span>An expert witness</span>
        </FormCheckbox>
        <p id={expertHelpId} className="field__description">
          Occupationally competent in what they testify on (e.g. a registered nurse, a qualified
          assessor). Their testimony is recorded as expert witness testimony.
        </p>
      </div>
      {expert ? (
        <FormTextAreaField
          control={control}
          name={at('occupationalCompetence')}
          label="Occupational competence"
          description="Their qualifications and experience in the area, e.g. “RMN, 12 years in acute mental health wards”."
          isRequired
          rows={3}
          maxLength={WITNESS_LIMITS.competenceMaxLength}
        />
      ) : null}
    </>
  );
}
