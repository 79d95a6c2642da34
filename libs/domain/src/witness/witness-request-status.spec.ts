import { witnessRequestStatus } from './witness-request-status';

const now = new Date('2026-11-30T12:00:00.000Z');
const open = { expiresAt: '2026-12-14T12:00:00.000Z', revokedAt: null, submittedAt: null };

describe('witnessRequestStatus', () => {
  it.each([
    ['open before it expires', open, 'open'],
    ['expired at the moment it expires', { ...open, expiresAt: now.toISOString() }, 'expired'],
    ['expired after', { ...open, expiresAt: '2026-11-29T12:00:00.000Z' }, 'expired'],
    ['revoked', { ...open, revokedAt: '2026-11-30T10:00:00.000Z' }, 'revoked'],
    [
      'revoked, whatever the expiry',
      { ...open, expiresAt: '2026-11-01T00:00:00.000Z', revokedAt: '2026-10-30T10:00:00.000Z' },
      'revoked',
    ],
    ['submitted', { ...open, submittedAt: '2026-11-30T11:00:00.000Z' }, 'submitted'],
    [
      'submitted, even once the link has run out',
      { ...open, expiresAt: '2026-11-01T00:00:00.000Z', submittedAt: '2026-10-31T11:00:00.000Z' },
      'submitted',
    ],
  ] as const)('is %s', (_case, request, status) => {
    expect(witnessRequestStatus(request, now)).toBe(status);
  });
});
