import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@signoff/contracts';
import { TextField } from '../../../components/text-field';
import type { FieldErrors } from '../../../hooks/use-form-errors';

/** The checks on a new password typed twice, keyed by the fields' names. */
export function checkNewPassword(
  name: string,
  password: string,
  confirmation: string,
): FieldErrors {
  const found: FieldErrors = {};
  if (password.length < PASSWORD_MIN_LENGTH)
    found[name] = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (password.length > PASSWORD_MAX_LENGTH)
    found[name] = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (confirmation !== password)
    found['confirmPassword'] = 'The two passwords do not match. Type the same password twice.';
  return found;
}

export interface NewPasswordFieldsProps {
  /** Form field name of the new password, as the API names it (for its field errors). */
  name: string;
  label: string;
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
}

/** A new password typed twice, so a typing slip cannot lock the person out. */
export function NewPasswordFields({
  name,
  label,
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`}
        name={name}
        type="password"
        autoComplete="new-password"
        isRequired
        value={password}
        onChange={onPasswordChange}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        value={confirmation}
        onChange={onConfirmationChange}
      />
    </>
  );
}
