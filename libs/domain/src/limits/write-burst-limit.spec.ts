import { judgeWriteBurst } from './write-burst-limit';

const limit = { perWindow: 60, windowSeconds: 3600 };
const now = new Date('2026-11-23T10:45:00Z');

describe('judgeWriteBurst', () => {
  it.each([
    ['the first write', 1, { allowed: true }],
    ['the last write the limit allows', 60, { allowed: true }],
    [
      'one write past the limit, until the hour ends',
      61,
      { allowed: false, retryAfterSeconds: 900 },
    ],
  ])('judges %s', (_case, writes, decision) => {
    expect(judgeWriteBurst(writes, limit, now)).toEqual(decision);
  });
});
