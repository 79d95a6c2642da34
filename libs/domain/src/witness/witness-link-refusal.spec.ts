import { witnessLinkRefusal } from './witness-link-refusal';

const now = new Date('2026-11-30T12:00:00.000Z');
const open = {
  expiresAt: '2026-12-14T12:00:00.000Z',
  revokedAt: null,
  submittedAt: null,
  requestedBy: 'Priya Shah',
};

describe('witnessLinkRefusal', () => {
  it.each([
    ['takes a statement while open', open, null],
    [
      'says an expired link has expired, and whom to ask',
      { ...open, expiresAt: '2026-11-30T11:59:59.000Z' },
      /^This link has expired\. Ask Priya Shah for a new one\.$/,
    ],
    [
      'says a revoked link was withdrawn',
      { ...open, revokedAt: '2026-11-29T09:00:00.000Z' },
      /withdrawn.*Ask Priya Shah/,
    ],
    [
      'says a statement was already given',
      { ...open, submittedAt: '2026-11-29T09:00:00.000Z' },
      /already been given/,
    ],
  ] as const)('%s', (_case, request, words) => {
    const refusal = witnessLinkRefusal(request, now);
    if (words === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(words);
  });
});
