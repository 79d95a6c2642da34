import { PASSWORD_MIN_LENGTH } from '@signoff/contracts';
import { changePasswordProblems, setPasswordProblems, signInProblems } from './password-forms';

const STRONG = 'correct horse battery staple';

describe('signInProblems', () => {
  it.each([
    [{ email: ' ', password: 'secret' }, { email: 'Enter your email address.' }],
    [{ email: 'sam@example.test', password: '' }, { password: 'Enter your password.' }],
    [{ email: 'sam@example.test', password: 'secret' }, {}],
  ])('asks for what is missing from %j', (answers, problems) => {
    expect(signInProblems(answers)).toEqual(problems);
  });
});

describe('setPasswordProblems', () => {
  it.each([
    [
      { password: 'short', confirmPassword: 'short' },
      { password: `New password must be at least ${PASSWORD_MIN_LENGTH} characters.` },
    ],
    [
      { password: 'password1234', confirmPassword: 'password1234' },
      { password: 'New password is a commonly used password.' },
    ],
    [
      { password: STRONG, confirmPassword: `${STRONG}y` },
      { confirmPassword: 'The two passwords do not match. Type the same password twice.' },
    ],
    [{ password: STRONG, confirmPassword: STRONG }, {}],
  ])('checks %j by the password policy the API holds it to', (answers, problems) => {
    expect(setPasswordProblems(answers)).toEqual(problems);
  });
});

describe('changePasswordProblems', () => {
  const account = { email: 'sam.patel@example.test', displayName: 'Sam Patel' };

  it('asks for the current password and names the new one by its field', () => {
    expect(
      changePasswordProblems(
        { currentPassword: '', newPassword: 'short', confirmPassword: 'short' },
        account,
      ),
    ).toEqual({
      currentPassword: 'Enter your current password.',
      newPassword: `New password must be at least ${PASSWORD_MIN_LENGTH} characters.`,
    });
  });

  it('refuses a new password that holds the person’s email address or name', () => {
    const newPassword = 'sampatel-and-sam.patel';
    expect(
      changePasswordProblems(
        { currentPassword: 'old one', newPassword, confirmPassword: newPassword },
        account,
      ),
    ).toEqual({
      newPassword:
        'New password must not contain your email address. New password must not contain your name.',
    });
  });
});
