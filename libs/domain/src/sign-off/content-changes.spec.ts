import { contentChanges, type EvidenceLabel } from './content-changes';
import { signOffContent, type SignOffSubject } from './sign-off-content';

const PHOTO = '3f2a'.repeat(16);
const PHOTO_NOW = '9b1c'.repeat(16);
const NOTES = '5e5e'.repeat(16);
const DECLARED = 'd'.repeat(64);

const signed: SignOffSubject = {
  enrolmentId: 'enrolment-1',
  unit: 'U1',
  kind: 'rows',
  rows: ['1.1', '1.2'],
  statement: 'I confirm the learner has met these criteria.',
  evidence: [
    {
      itemId: 'item-a',
      version: 2,
      declarationSha256: DECLARED,
      mapping: [
        { unit: 'U1', outcome: '1', criterion: '1.1' },
        { unit: 'U1', outcome: '1', criterion: '1.2' },
      ],
      fileSha256s: [PHOTO, NOTES],
    },
    {
      itemId: 'item-b',
      version: 1,
      declarationSha256: 'b'.repeat(64),
      mapping: [{ unit: 'U1', outcome: '2', criterion: null }],
      fileSha256s: [],
    },
  ],
};
const [itemA, itemB] = signed.evidence;

const labels: EvidenceLabel[] = [
  {
    itemId: 'item-a',
    version: 2,
    title: 'Observed: chairing a meeting',
    files: [
      { name: 'photo.jpg', recordedSha256: PHOTO, sha256: PHOTO },
      { name: 'notes.pdf', recordedSha256: NOTES, sha256: NOTES },
    ],
  },
  { itemId: 'item-b', version: 1, title: 'Reflective account', files: [] },
];

const A = 'Evidence “Observed: chairing a meeting” version 2';

function changesTo(
  recomputed: SignOffSubject,
  options: { labels?: EvidenceLabel[]; storedContent?: string; matches?: boolean } = {},
): string[] {
  return contentChanges({
    storedContent: options.storedContent ?? signOffContent(signed),
    storedContentMatchesHash: options.matches ?? true,
    recomputed,
    labels: options.labels ?? labels,
  });
}

/** The labels with photo.jpg's bytes now hashing to `sha256`. */
function photoNow(sha256: string | null, recordedSha256 = PHOTO): EvidenceLabel[] {
  const [a, b] = labels;
  return [{ ...a, files: [{ name: 'photo.jpg', recordedSha256, sha256 }, a.files[1]] }, b];
}

describe('contentChanges', () => {
  it('names nothing when the records still give what was signed', () => {
    expect(changesTo(signed)).toEqual([]);
  });

  it('names nothing when the records give the same content in another order', () => {
    expect(
      changesTo({
        ...signed,
        rows: ['1.2', '1.1'],
        evidence: [itemB, { ...itemA, fileSha256s: [NOTES, PHOTO] }],
      }),
    ).toEqual([]);
  });

  it.each<[string, SignOffSubject, EvidenceLabel[], string[]]>([
    [
      'a file whose stored bytes changed, by the name it was uploaded with',
      { ...signed, evidence: [{ ...itemA, fileSha256s: [PHOTO_NOW, NOTES] }, itemB] },
      photoNow(PHOTO_NOW),
      [
        `${A}: the file “photo.jpg” no longer has the bytes that were signed (SHA-256 was 3f2a3f2a…, is now 9b1c9b1c…)`,
      ],
    ],
    [
      'a file whose bytes storage no longer holds',
      { ...signed, evidence: [{ ...itemA, fileSha256s: [NOTES] }, itemB] },
      photoNow(null),
      [`${A}: the file “photo.jpg” is no longer in storage (SHA-256 signed was 3f2a3f2a…)`],
    ],
    [
      'a file signed that the version no longer holds',
      { ...signed, evidence: [{ ...itemA, fileSha256s: [NOTES] }, itemB] },
      labels,
      [`${A}: a file signed (SHA-256 3f2a3f2a…) is no longer among its files`],
    ],
    [
      'a file the version holds that was not signed',
      { ...signed, evidence: [itemA, { ...itemB, fileSha256s: [PHOTO_NOW] }] },
      [
        labels[0],
        {
          ...labels[1],
          files: [{ name: 'late.png', recordedSha256: PHOTO_NOW, sha256: PHOTO_NOW }],
        },
      ],
      [
        'Evidence “Reflective account” version 1: the file “late.png” (SHA-256 9b1c9b1c…) was not among the files signed',
      ],
    ],
    [
      'changed bytes of a file whose recorded hash was changed too, unpaired',
      { ...signed, evidence: [{ ...itemA, fileSha256s: [PHOTO_NOW, NOTES] }, itemB] },
      photoNow(PHOTO_NOW, PHOTO_NOW),
      [
        `${A}: a file signed (SHA-256 3f2a3f2a…) is no longer among its files`,
        `${A}: the file “photo.jpg” (SHA-256 9b1c9b1c…) was not among the files signed`,
      ],
    ],
    [
      'a new hash no file is known by',
      { ...signed, evidence: [{ ...itemA, fileSha256s: [PHOTO, NOTES, PHOTO_NOW] }, itemB] },
      labels,
      [`${A}: a file (SHA-256 9b1c9b1c…) was not among the files signed`],
    ],
    [
      'a changed declaration hash (narrative, claims or files as declared)',
      { ...signed, evidence: [{ ...itemA, declarationSha256: 'e'.repeat(64) }, itemB] },
      labels,
      [
        `${A}: the learner’s declaration (the narrative, claims and files as declared) is not the one signed (SHA-256 was dddddddd…, is now eeeeeeee…)`,
      ],
    ],
    [
      'a criterion taken out of the mapping and an outcome put in',
      {
        ...signed,
        evidence: [
          {
            ...itemA,
            mapping: [
              { unit: 'U1', outcome: '1', criterion: '1.1' },
              { unit: 'U1', outcome: '2', criterion: null },
            ],
          },
          itemB,
        ],
      },
      labels,
      [
        `${A}: the assessor’s mapping is not the one signed (no longer maps U1 criterion 1.2; now also maps U1 outcome 2)`,
      ],
    ],
    [
      'a criterion taken out of the mapping alone',
      { ...signed, evidence: [{ ...itemA, mapping: [itemA.mapping[0]] }, itemB] },
      labels,
      [`${A}: the assessor’s mapping is not the one signed (no longer maps U1 criterion 1.2)`],
    ],
    [
      'evidence relied on that the records no longer name',
      { ...signed, evidence: [itemA] },
      labels,
      ['Evidence “Reflective account” version 1 was relied on, but the records no longer name it'],
    ],
    [
      'evidence recorded as relied on that was not signed, named by its id when untitled',
      { ...signed, evidence: [itemA, itemB, { ...itemB, itemId: 'item-c' }] },
      labels,
      [
        'Evidence item item-c version 1 is recorded as relied on, but it was not in what was signed',
      ],
    ],
    [
      'another version of an item relied on',
      { ...signed, evidence: [itemA, { ...itemB, version: 2 }] },
      labels,
      [
        'Evidence “Reflective account” version 1 was relied on, but the records no longer name it',
        'Evidence “Reflective account” version 2 is recorded as relied on, but it was not in what was signed',
      ],
    ],
    [
      'the rows',
      { ...signed, rows: ['1.1'] },
      labels,
      ['The rows signed were 1.1, 1.2; the records now say 1.1'],
    ],
    [
      'the unit',
      { ...signed, unit: 'U2' },
      labels,
      ['The unit signed was U1; the records now say U2'],
    ],
    [
      'the enrolment',
      { ...signed, enrolmentId: 'enrolment-2' },
      labels,
      ['The enrolment signed was enrolment-1; the records now say enrolment-2'],
    ],
    [
      'the kind of signature',
      { ...signed, kind: 'unit' },
      labels,
      ['What was signed was rows of the unit; the records now say the unit'],
    ],
    [
      'the statement',
      { ...signed, statement: 'Something else.' },
      labels,
      [
        'The statement signed was “I confirm the learner has met these criteria.”; the records now say “Something else.”',
      ],
    ],
    [
      'several changes at once, the signature’s before its evidence’s',
      {
        ...signed,
        rows: ['1.1'],
        evidence: [
          { ...itemA, declarationSha256: 'e'.repeat(64), fileSha256s: [PHOTO_NOW, NOTES] },
        ],
      },
      photoNow(PHOTO_NOW),
      [
        'The rows signed were 1.1, 1.2; the records now say 1.1',
        `${A}: the learner’s declaration (the narrative, claims and files as declared) is not the one signed (SHA-256 was dddddddd…, is now eeeeeeee…)`,
        `${A}: the file “photo.jpg” no longer has the bytes that were signed (SHA-256 was 3f2a3f2a…, is now 9b1c9b1c…)`,
        'Evidence “Reflective account” version 1 was relied on, but the records no longer name it',
      ],
    ],
  ])('names %s', (_case, recomputed, given, expected) => {
    expect(changesTo(recomputed, { labels: given })).toEqual(expected);
  });

  it('says the stored content was changed after signing when it no longer has its hash', () => {
    expect(changesTo(signed, { matches: false })).toEqual([
      'The stored content was changed after signing: it no longer has the SHA-256 recorded with the signature',
    ]);
  });

  it('compares what a changed stored content says with the records', () => {
    const tampered = signOffContent({ ...signed, unit: 'U9' });
    expect(changesTo(signed, { storedContent: tampered, matches: false })).toEqual([
      'The stored content was changed after signing: it no longer has the SHA-256 recorded with the signature',
      'The unit signed was U9; the records now say U1',
    ]);
  });

  it.each([
    ['not JSON', '{"unit":'],
    ['not an object', '[]'],
    ['an unknown kind', signOffContent(signed).replace('"rows"', '"other"')],
    [
      'a version that is not a number',
      signOffContent(signed).replace('"version":2', '"version":"2"'),
    ],
    ['a mapping without its unit', signOffContent(signed).replace(',"unit":"U1"}', '}')],
  ])('says the stored content cannot be read when it is %s', (_case, storedContent) => {
    expect(changesTo(signed, { storedContent, matches: false })).toEqual([
      'The stored content was changed after signing: it no longer has the SHA-256 recorded with the signature',
      'The stored content can no longer be read as what a signature signs',
    ]);
  });

  it('says the content is written differently when the same values are not in canonical form', () => {
    const spaced = JSON.stringify(JSON.parse(signOffContent(signed)), null, 1);
    expect(changesTo(signed, { storedContent: spaced })).toEqual([
      'The content rebuilt from the records is written differently from the content signed',
    ]);
  });
});
