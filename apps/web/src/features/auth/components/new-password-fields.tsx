import { PASSWORD_MIN_LENGTH } from '@signoff/contracts';
import type { Control, Path } from 'react-hook-form';
import { FormTextField } from '../../../components/form/form-fields';

export interface NewPasswordFieldsProps<Values extends { confirmPassword: string }> {
  control: Control<Values>;
  /** Form field name of the new password, as the API names it (for its field errors). */
  name: Path<Values>;
  label: string;
}

/** A new password typed twice, so a typing slip cannot lock the person out. */
export function NewPasswordFields<Values extends { confirmPassword: string }>({
  control,
  name,
  label,
}: NewPasswordFieldsProps<Values>) {
  return (
    <>
      <FormTextField
        control={control}
        label={label}
        description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`}
        name={name}
        type="password"
        autoComplete="new-password"
        isRequired
      />
      <FormTextField
        control={control}
        label="Confirm new password"
        name={'confirmPassword' as Path<Values>}
        type="password"
        autoComplete="new-password"
        isRequired
      />
    </>
  );
}
