import type { EvidenceContent } from '@signoff/contracts';
import {
  clearDraftCopy,
  draftCopyKey,
  readDraftCopy,
  writeDraftCopy,
  type DraftCopy,
} from './draft-copy';
import { RECORD_DRAFTS } from './draft-kinds';

const CONTENT: EvidenceContent = {
  method: 'direct_observation',
  title: 'Handover',
  narrative: '',
  activityDate: '2026-10-20',
  claims: [],
};
const COPY: DraftCopy = {
  itemId: null,
  enrolmentId: 'e1',
  content: CONTENT,
  keptAt: '2026-10-20T09:00:00Z',
};

/** The browser's storage, kept in a map; `broken` throws as a full or switched-off store does. */
function storage(broken = false) {
  const kept = new Map<string, string>();
  const fail = () => {
    if (broken) throw new Error('QuotaExceededError');
  };
  return {
    kept,
    getItem: (key: string) => (fail(), kept.get(key) ?? null),
    setItem: (key: string, value: string) => (fail(), void kept.set(key, value)),
    removeItem: (key: string) => (fail(), void kept.delete(key)),
  };
}

describe('the draft kept in this browser', () => {
  afterEach(() => Reflect.deleteProperty(globalThis, 'window'));
  const useStorage = (localStorage: ReturnType<typeof storage>) =>
    Object.assign(globalThis, { window: { localStorage } });

  it('keeps one copy per person and item, or per person and enrolment before the item exists', () => {
    const keys = [
      draftCopyKey('u1', { itemId: 'i1' }),
      draftCopyKey('u2', { itemId: 'i1' }),
      draftCopyKey('u1', { enrolmentId: 'i1' }),
    ];
    expect(new Set(keys).size).toBe(3);
  });

  it('keeps a new record apart from new evidence on the same enrolment, one per kind', () => {
    const keys = [
      draftCopyKey('u1', { enrolmentId: 'e1' }),
      draftCopyKey('u1', { enrolmentId: 'e1', kind: 'evidence' }),
      draftCopyKey('u1', { enrolmentId: 'e1', kind: 'observation' }),
      draftCopyKey('u1', { enrolmentId: 'e1', kind: 'discussion' }),
    ];
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(3);
  });

  it('reads a copy back only when it has the fields of the kind asked for', () => {
    useStorage(storage());
    const observation = {
      itemId: 'i1',
      enrolmentId: 'e1',
      content: {
        title: 'Lunch',
        narrative: '',
        activityDate: '2026-10-20',
        setting: 'Dining room',
        startTime: '12:00',
        endTime: '',
        claims: [],
      },
      keptAt: '2026-10-20T09:00:00Z',
    };
    writeDraftCopy('k', observation);
    expect(readDraftCopy('k', RECORD_DRAFTS.observation.fields)).toEqual(observation);
    // Not evidence: it has no method.
    expect(readDraftCopy('k')).toBeNull();
  });

  it('reads back what was kept, and nothing once cleared', () => {
    useStorage(storage());
    writeDraftCopy('k', COPY);
    expect(readDraftCopy('k')).toEqual(COPY);
    clearDraftCopy('k');
    expect(readDraftCopy('k')).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"title":'],
    ['JSON of another shape', JSON.stringify({ enrolmentId: 'e1', content: { title: 3 } })],
  ])('reads %s as nothing kept', (_case, text) => {
    const store = storage();
    store.kept.set('k', text);
    useStorage(store);
    expect(readDraftCopy('k')).toBeNull();
  });

  it('carries on when storage is full or switched off', () => {
    useStorage(storage(true));
    expect(() => writeDraftCopy('k', COPY)).not.toThrow();
    expect(readDraftCopy('k')).toBeNull();
    expect(() => clearDraftCopy('k')).not.toThrow();
  });
});
