import type { StoredVersion } from './qualifications.repository';
import { PublishedVersions } from './published-versions';

function version(id: string, status: 'draft' | 'published'): StoredVersion {
  return {
    id,
    qualificationId: 'q',
    number: 1,
    status,
    document: { units: [{ reference: 'U1' }] } as unknown as StoredVersion['document'],
    contentHash: 'h',
    createdAt: '2026-11-30T00:00:00.000Z',
    publishedAt: status === 'published' ? '2026-11-30T00:00:00.000Z' : null,
    publishedBy: null,
  } as StoredVersion;
}

describe('PublishedVersions', () => {
  it('keeps a published version and answers it again', () => {
    const kept = new PublishedVersions(2);
    const published = kept.keep(version('a', 'published'));
    expect(kept.get('a')).toBe(published);
  });

  it('never keeps a draft, which may still change', () => {
    const kept = new PublishedVersions(2);
    kept.keep(version('d', 'draft'));
    expect(kept.get('d')).toBeUndefined();
  });

  it('lets the least recently read go first once full', () => {
    const kept = new PublishedVersions(2);
    kept.keep(version('a', 'published'));
    kept.keep(version('b', 'published'));
    kept.get('a');
    kept.keep(version('c', 'published'));
    expect([kept.get('a'), kept.get('b'), kept.get('c')].map((v) => v?.id)).toEqual([
      'a',
      undefined,
      'c',
    ]);
  });

  it('freezes what it keeps, so no reader changes it for the next', () => {
    const kept = new PublishedVersions(1);
    const published = kept.keep(version('a', 'published'));
    expect(() => {
      (published.document.units as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
