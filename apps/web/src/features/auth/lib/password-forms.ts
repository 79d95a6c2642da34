import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@signoff/contracts';

/** Problems found before sending, as sentences keyed by form field. */
export type FormProblems = Record<string, string>;

export interface SignInAnswers {
  email: string;
  password: string;
}

export function signInProblems({ email, password }: SignInAnswers): FormProblems {
  const found: FormProblems = {};
  if (email.trim() === '') found['email'] = 'Enter your email address.';
  if (password === '') found['password'] = 'Enter your password.';
  return found;
}

/** The checks on a new password typed twice, the first keyed by the field's name. */
export function newPasswordProblems(
  name: string,
  password: string,
  confirmation: string,
): FormProblems {
  const found: FormProblems = {};
  if (password.length < PASSWORD_MIN_LENGTH)
    found[name] = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (password.length > PASSWORD_MAX_LENGTH)
    found[name] = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (confirmation !== password)
    found['confirmPassword'] = 'The two passwords do not match. Type the same password twice.';
  return found;
}

export interface ChangePasswordAnswers {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function changePasswordProblems({
  currentPassword,
  newPassword,
  confirmPassword,
}: ChangePasswordAnswers): FormProblems {
  return {
    ...(currentPassword === '' ? { currentPassword: 'Enter your current password.' } : {}),
    ...newPasswordProblems('newPassword', newPassword, confirmPassword),
  };
}

export interface SetPasswordAnswers {
  password: string;
  confirmPassword: string;
}

export function setPasswordProblems({ password, confirmPassword }: SetPasswordAnswers) {
  return newPasswordProblems('password', password, confirmPassword);
}
