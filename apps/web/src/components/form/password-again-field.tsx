import { PASSWORD_MAX_LENGTH } from '@signoff/contracts';
import type { Control, Path } from 'react-hook-form';
import { FormTextField } from './form-fields';

/**
 * The signer's password, asked again before a signature is written or revoked; the form's
 * `password` field.
 */
export function PasswordAgainField<Values extends { password: string }>({
  control,
}: {
  control: Control<Values>;
}) {
  return (
    <FormTextField
      control={control}
      label="Your password"
      description="Enter the password you sign in with, to confirm it is you."
      name={'password' as Path<Values>}
      type="password"
      autoComplete="current-password"
      isRequired
      maxLength={PASSWORD_MAX_LENGTH}
    />
  );
}
