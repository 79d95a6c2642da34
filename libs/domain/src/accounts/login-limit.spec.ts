import { judgeLoginAttempt, loginSubjects, loginWindowStart } from './login-limit';

const limits = { perEmail: 5, perAddress: 20, windowSeconds: 900 };
const now = new Date('2026-11-23T10:07:30Z');

describe('loginWindowStart', () => {
  it('starts windows on multiples of their length', () => {
    expect(loginWindowStart(now, 900).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(loginWindowStart(new Date('2026-11-23T10:15:00Z'), 900).toISOString()).toBe(
      '2026-11-23T10:15:00.000Z',
    );
  });
});

describe('judgeLoginAttempt', () => {
  it('allows an attempt below both limits', () => {
    expect(judgeLoginAttempt({ email: 4, address: 19 }, limits, now)).toEqual({ allowed: true });
  });

  it('refuses once the email has reached its limit, until the window ends', () => {
    expect(judgeLoginAttempt({ email: 5, address: 0 }, limits, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 450,
    });
  });

  it('refuses once the address has reached its limit', () => {
    expect(judgeLoginAttempt({ email: 0, address: 20 }, limits, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 450,
    });
  });

  it('never asks to retry after zero seconds', () => {
    const end = new Date('2026-11-23T10:14:59.999Z');
    expect(judgeLoginAttempt({ email: 9, address: 0 }, limits, end)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});

describe('loginSubjects', () => {
  it('counts an email however it is typed', () => {
    expect(loginSubjects('  Admin@Demo.TEST ', '10.0.0.1')).toEqual({
      email: 'email:admin@demo.test',
      address: 'address:10.0.0.1',
    });
  });
});
