import { judgeLoginAttempt, loginSubjects } from './login-limit';

const limits = { perEmail: 5, perAddress: 20, windowSeconds: 900 };
const now = new Date('2026-11-23T10:07:30Z');

describe('judgeLoginAttempt', () => {
  const refused = { allowed: false, retryAfterSeconds: 450 };
  it.each([
    ['the first attempt', { emailAtAddress: 1, address: 1 }, { allowed: true }],
    ['the last attempt both limits allow', { emailAtAddress: 5, address: 20 }, { allowed: true }],
    [
      'one attempt past the email limit, until the window ends',
      { emailAtAddress: 6, address: 6 },
      refused,
    ],
    ['one attempt past the address limit', { emailAtAddress: 1, address: 21 }, refused],
  ])('judges %s', (_case, attempts, decision) => {
    expect(judgeLoginAttempt(attempts, limits, now)).toEqual(decision);
  });

  it('never asks to retry after zero seconds', () => {
    const end = new Date('2026-11-23T10:14:59.999Z');
    expect(judgeLoginAttempt({ emailAtAddress: 9, address: 9 }, limits, end)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});

describe('loginSubjects', () => {
  it('counts an email however it is typed, apart at each address', () => {
    expect(loginSubjects('  Admin@Demo.TEST ', '10.0.0.1')).toEqual({
      emailAtAddress: 'email-at-address:["admin@demo.test","10.0.0.1"]',
      address: 'address:10.0.0.1',
    });
    expect(loginSubjects('admin@demo.test', '10.0.0.2').emailAtAddress).not.toBe(
      loginSubjects('admin@demo.test', '10.0.0.1').emailAtAddress,
    );
  });
});
