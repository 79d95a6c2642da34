import { ApiError } from './api-client';
import { describeSigningRefusal, passwordProblems } from './signing';

describe('a signature form', () => {
  it.each([
    ['', { password: 'Enter your password to sign.' }],
    ['Demo-Passw0rd!', {}],
  ])('asks for the password (%j)', (password, problems) => {
    expect(passwordProblems({ password })).toEqual(problems);
  });

  it.each([
    [
      'a wrong password: its field says so',
      new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        errors: [{ path: 'password', message: 'is not your password' }],
      }),
      null,
    ],
    [
      'a lost answer: signing again is safe',
      new ApiError(503, { code: 'UNAVAILABLE', message: 'Unavailable' }),
      'Signoff cannot be reached right now. Check your connection and try again. Signing again is safe: it will not be signed twice.',
    ],
    [
      'anything else, in the words of the error table',
      new ApiError(403, { code: 'FORBIDDEN', message: 'Forbidden' }),
      'You do not have permission to do that. Ask your centre administrator if you need to.',
    ],
  ])('words a refusal: %s', (_case, error, words) => {
    expect(describeSigningRefusal(error)).toBe(words);
  });
});
