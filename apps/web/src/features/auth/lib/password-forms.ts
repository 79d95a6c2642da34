import { passwordProblems, type PasswordContext } from '@signoff/domain';
import { describeFieldErrors } from '../../../lib/error-messages';

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

/**
 * A new password typed twice: the first by the password policy of libs/domain, which the API
 * holds it to as well (worded "New password must …", keyed by the field's name), and the two
 * alike, which only the form can check.
 */
export function newPasswordProblems(
  name: string,
  password: string,
  confirmation: string,
  account: PasswordContext,
): FormProblems {
  const found = describeFieldErrors(
    passwordProblems(password, account).map((message) => ({ path: name, message })),
    { [name]: 'New password' },
  );
  if (confirmation !== password)
    found['confirmPassword'] = 'The two passwords do not match. Type the same password twice.';
  return found;
}

export interface ChangePasswordAnswers {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** `account`: the signed-in person, whose email address and name the new password may not hold. */
export function changePasswordProblems(
  { currentPassword, newPassword, confirmPassword }: ChangePasswordAnswers,
  account: PasswordContext,
): FormProblems {
  return {
    ...(currentPassword === '' ? { currentPassword: 'Enter your current password.' } : {}),
    ...newPasswordProblems('newPassword', newPassword, confirmPassword, account),
  };
}

export interface SetPasswordAnswers {
  password: string;
  confirmPassword: string;
}

/**
 * A password set from a link: the page does not know whose account it is, so the checks that
 * need the email address and name are left to the API, which answers them on the field.
 */
export function setPasswordProblems({ password, confirmPassword }: SetPasswordAnswers) {
  return newPasswordProblems('password', password, confirmPassword, { email: '' });
}
