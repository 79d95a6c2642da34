import { passwordProblems } from './password-policy';

const person = { email: 'sam.carter@demo.test', displayName: 'Sam Carter' };

describe('passwordProblems', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('correct horse battery', person)).toEqual([]);
  });

  it('accepts exactly the minimum length', () => {
    expect(passwordProblems('Tq8#mZ2!pL0v', person)).toEqual([]);
  });

  it('refuses one character short of the minimum', () => {
    expect(passwordProblems('Tq8#mZ2!pL0', person)).toEqual(['must be at least 12 characters']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('🔒'.repeat(6) + 'abcdef', person)).toEqual([]);
  });

  it('refuses more than the maximum', () => {
    expect(passwordProblems('ab'.repeat(129), person)).toEqual(['must be at most 256 characters']);
  });

  it.each([
    ['aaaaaaaaaaaaaa', 'must not repeat one or two characters'],
    ['abababababababab', 'must not repeat one or two characters'],
    ['Password1234', 'is a commonly used password'],
    ['sam.carter@demo.test', 'must not contain your email address'],
    ['my-sam.carter-pass', 'must not contain your email address'],
    ['I am Sam Carter!!', 'must not contain your name'],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblems(password, person)).toContain(problem);
  });

  it('does not match a very short email local part inside a password', () => {
    expect(passwordProblems('a long secret phrase', { email: 'al@x.test' })).toEqual([]);
  });
});
