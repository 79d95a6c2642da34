import { createdLinkNotice, requestStatusWords } from './witness-request-status';

const format = (iso: string) => `<${iso}>`;
const dates = {
  expiresAt: '2026-12-14T10:00:00Z',
  revokedAt: null,
  submittedAt: null,
};

describe('requestStatusWords', () => {
  it.each([
    [
      'an open request, with when its link expires',
      { status: 'open' },
      'Open',
      'expires <2026-12-14T10:00:00Z>',
    ],
    ['an expired one, with when', { status: 'expired' }, 'Expired', 'on <2026-12-14T10:00:00Z>'],
    [
      'a revoked one, with when it was revoked',
      { status: 'revoked', revokedAt: '2026-12-01T09:00:00Z' },
      'Revoked',
      'on <2026-12-01T09:00:00Z>',
    ],
    [
      'a submitted one, with when the statement was given',
      { status: 'submitted', submittedAt: '2026-12-02T18:30:00Z' },
      'Statement given',
      'on <2026-12-02T18:30:00Z>',
    ],
  ] as const)('words %s', (_case, request, label, when) => {
    expect(requestStatusWords({ ...dates, ...request }, format)).toEqual({ label, when });
  });
});

describe('createdLinkNotice', () => {
  const witness = {
    id: 'w',
    name: 'Sam Carter',
    jobRole: 'Nurse',
    email: 'sam@example.org',
    expert: false,
  };

  it('says until when the link works, that it is shown only now, and that it was emailed', () => {
    expect(
      createdLinkNotice({ expiresAt: '2026-12-14T10:00:00Z', emailed: true, witness }, format),
    ).toEqual([
      'It works until <2026-12-14T10:00:00Z>, for one statement.',
      'It has also been sent by email to sam@example.org.',
      'It is shown only now: Signoff keeps no copy it could show again.',
    ]);
  });

  it('asks the asker to send it themself when it was not emailed', () => {
    expect(
      createdLinkNotice({ expiresAt: '2026-12-14T10:00:00Z', emailed: false, witness }, format),
    ).toContain(
      'It has not been sent by email: copy it and send it to Sam Carter yourself, by text message or email.',
    );
  });
});
