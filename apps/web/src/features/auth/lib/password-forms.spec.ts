import { PASSWORD_MIN_LENGTH } from '@signoff/contracts';
import { changePasswordProblems, setPasswordProblems, signInProblems } from './password-forms';

const STRONG = 'x'.repeat(PASSWORD_MIN_LENGTH);

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
      { password: `Use at least ${PASSWORD_MIN_LENGTH} characters.` },
    ],
    [
      { password: STRONG, confirmPassword: `${STRONG}y` },
      { confirmPassword: 'The two passwords do not match. Type the same password twice.' },
    ],
    [{ password: STRONG, confirmPassword: STRONG }, {}],
  ])('checks %j', (answers, problems) => {
    expect(setPasswordProblems(answers)).toEqual(problems);
  });
});

describe('changePasswordProblems', () => {
  it('asks for the current password and names the new one by its field', () => {
    expect(
      changePasswordProblems({
        currentPassword: '',
        newPassword: 'short',
        confirmPassword: 'short',
      }),
    ).toEqual({
      currentPassword: 'Enter your current password.',
      newPassword: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    });
  });
});
