import { createHash } from 'node:crypto';
import { signOffContent } from '@signoff/domain';
import { declarationHash } from './declared-content';

type Declared = Parameters<typeof declarationHash>[0];

const declared: Declared = {
  evidenceId: 'item-a',
  enrolmentId: 'enrolment-1',
  declarant: { role: 'learner', id: 'learner-1' },
  version: {
    number: 2,
    method: 'direct_observation',
    title: 'Observed: chairing a meeting',
    narrative: '<p>I chaired the weekly meeting.</p>',
    activityDate: '2026-11-02',
    claims: [{ unit: 'U1', outcome: '1', criterion: '1.1' }],
    files: [
      {
        id: 'file-1',
        name: 'photo.jpg',
        mediaType: 'image/jpeg',
        size: 1024,
        sha256: '1'.repeat(64),
        previewable: true,
        uploadedAt: '2026-11-02T10:00:00.000Z',
      },
    ],
  },
  statement: 'This is my own work.',
  declaredAt: '2026-11-02T10:05:00.000Z',
};

/** The SHA-256 a signature relying on the version takes, with the assessor's mapping given. */
function signatureHash(version: Declared, mapping = declared.version.claims): string {
  const content = signOffContent({
    enrolmentId: 'enrolment-1',
    unit: 'U1',
    kind: 'rows',
    rows: ['1.1'],
    statement: 'I confirm the learner has met these criteria.',
    evidence: [
      {
        itemId: version.evidenceId,
        version: version.version.number,
        declarationSha256: declarationHash(version),
        mapping,
        fileSha256s: version.version.files.map((file) => file.sha256),
      },
    ],
  });
  return createHash('sha256').update(content).digest('hex');
}

const withVersion = (change: Partial<Declared['version']>): Declared => ({
  ...declared,
  version: { ...declared.version, ...change },
});

describe('declarationHash, and the hash of a signature relying on it', () => {
  it.each<[string, Declared]>([
    ['the narrative', withVersion({ narrative: '<p>I chaired two meetings.</p>' })],
    ['the title', withVersion({ title: 'Observed: a meeting' })],
    ['the learner’s claims', withVersion({ claims: [] })],
    [
      'a file’s bytes (its SHA-256)',
      withVersion({ files: [{ ...declared.version.files[0], sha256: '2'.repeat(64) }] }),
    ],
    [
      'a file’s name',
      withVersion({ files: [{ ...declared.version.files[0], name: 'other.jpg' }] }),
    ],
    ['the statement declared', { ...declared, statement: 'Mine.' }],
    ['when it was declared', { ...declared, declaredAt: '2026-11-03T10:05:00.000Z' }],
    ['who declared it', { ...declared, declarant: { role: 'assessor', id: 'learner-1' } }],
    [
      'an observation’s times',
      withVersion({ observation: { setting: 'Oak Lodge', startTime: '09:00', endTime: '10:30' } }),
    ],
    [
      'a witness’s stated relationship',
      withVersion({
        witness: { name: 'Sam Carter', jobRole: 'Nurse', relationship: 'Colleague', expert: false },
      }),
    ],
  ])('change with %s', (_case, changed) => {
    expect(declarationHash(changed)).not.toBe(declarationHash(declared));
    expect(signatureHash(changed)).not.toBe(signatureHash(declared));
  });

  it('a signature’s hash changes with the assessor’s mapping, the declaration unchanged', () => {
    expect(signatureHash(declared, [{ unit: 'U1', outcome: '1', criterion: null }])).not.toBe(
      signatureHash(declared),
    );
  });

  it('hashes a learner’s declaration as before the records made at the workplace', () => {
    expect(
      declarationHash({ ...declared, version: { ...declared.version, observation: null } }),
    ).toBe(declarationHash(declared));
  });

  it('stay the same for the same declaration', () => {
    expect(signatureHash({ ...declared })).toBe(signatureHash(declared));
  });
});
