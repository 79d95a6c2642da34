import { signOffContent, type SignOffSubject } from './sign-off-content';

const subject: SignOffSubject = {
  enrolmentId: 'enrolment-1',
  unit: 'U1',
  kind: 'rows',
  rows: ['1.1', '1.2'],
  statement: 'I confirm the learner has met these criteria.',
  evidence: [
    {
      itemId: 'item-a',
      version: 2,
      declarationSha256: 'a'.repeat(64),
      mapping: [
        { unit: 'U1', outcome: '1', criterion: '1.1' },
        { unit: 'U1', outcome: '1', criterion: '1.2' },
      ],
      fileSha256s: ['1'.repeat(64), '2'.repeat(64)],
    },
    {
      itemId: 'item-b',
      version: 1,
      declarationSha256: 'b'.repeat(64),
      mapping: [{ unit: 'U1', outcome: '1', criterion: null }],
      fileSha256s: [],
    },
  ],
};

const [itemA, itemB] = subject.evidence;

describe('signOffContent', () => {
  it('writes the subject as canonical JSON', () => {
    expect(JSON.parse(signOffContent(subject))).toEqual({ ...subject });
    expect(signOffContent(subject)).toMatch(
      /^\{"enrolmentId":"enrolment-1","evidence":\[\{"declarationSha256"/,
    );
  });

  it.each<[string, SignOffSubject]>([
    [
      'an evidence file’s bytes',
      {
        ...subject,
        evidence: [{ ...itemA, fileSha256s: ['1'.repeat(64), '3'.repeat(64)] }, itemB],
      },
    ],
    [
      'a file added',
      { ...subject, evidence: [itemA, { ...itemB, fileSha256s: ['4'.repeat(64)] }] },
    ],
    [
      'the narrative or declaration (its hash)',
      { ...subject, evidence: [{ ...itemA, declarationSha256: 'c'.repeat(64) }, itemB] },
    ],
    [
      'the assessor’s mapping',
      { ...subject, evidence: [{ ...itemA, mapping: [itemA.mapping[0]] }, itemB] },
    ],
    ['the version relied on', { ...subject, evidence: [{ ...itemA, version: 3 }, itemB] }],
    ['an item relied on', { ...subject, evidence: [itemA] }],
    ['the rows', { ...subject, rows: ['1.1'] }],
    ['the unit', { ...subject, unit: 'U2' }],
    ['the enrolment', { ...subject, enrolmentId: 'enrolment-2' }],
    ['the kind of signature', { ...subject, kind: 'unit' }],
    ['the statement', { ...subject, statement: 'Something else.' }],
  ])('changes with %s', (_case, changed) => {
    expect(signOffContent(changed)).not.toBe(signOffContent(subject));
  });

  it.each<[string, SignOffSubject]>([
    [
      'key order',
      {
        statement: subject.statement,
        evidence: subject.evidence.map((item) => ({
          fileSha256s: item.fileSha256s,
          mapping: item.mapping.map(({ criterion, outcome, unit }) => ({
            criterion,
            outcome,
            unit,
          })),
          declarationSha256: item.declarationSha256,
          version: item.version,
          itemId: item.itemId,
        })),
        rows: subject.rows,
        kind: subject.kind,
        unit: subject.unit,
        enrolmentId: subject.enrolmentId,
      },
    ],
    [
      'the order lists are read back in',
      {
        ...subject,
        rows: ['1.2', '1.1'],
        evidence: [
          itemB,
          {
            ...itemA,
            mapping: [...itemA.mapping].reverse(),
            fileSha256s: [...itemA.fileSha256s].reverse(),
          },
        ],
      },
    ],
  ])('does not change with %s', (_case, same) => {
    expect(signOffContent(same)).toBe(signOffContent(subject));
  });
});
