import type { EvidenceContent, EvidenceDetail } from '@signoff/contracts';
import { sameContent, saveDecision, startingDraft } from './autosave';
import type { DraftCopy } from './draft-copy';

const content = (change: Partial<EvidenceContent> = {}): EvidenceContent => ({
  method: 'direct_observation',
  title: 'Handover to the night shift',
  narrative: '<p>I led the handover.</p>',
  activityDate: '2026-10-20',
  claims: [{ unit: 'U1', outcome: '1', criterion: null }],
  ...change,
});
const BLANK = content({ title: '', narrative: '', activityDate: '', claims: [] });

const detail = (change: Partial<EvidenceContent> = {}): EvidenceDetail => ({
  id: 'item-1',
  enrolmentId: 'enrolment-1',
  author: { id: 'learner-1', displayName: 'Lee Learner' },
  methodCode: 'O',
  current: {
    number: 1,
    status: 'draft',
    ...content(change),
    files: [],
    declaration: null,
    createdAt: '2026-10-20T09:00:00Z',
    updatedAt: '2026-10-20T09:00:00Z',
  },
  versions: [1],
  can: { edit: true, submit: true, revise: false, discard: true },
});
const copy = (itemId: string | null, change: Partial<EvidenceContent> = {}): DraftCopy => ({
  itemId,
  enrolmentId: 'enrolment-1',
  content: content(change),
  keptAt: '2026-10-20T09:05:00Z',
});

describe('where the evidence editor starts', () => {
  it.each([
    ['a new item with nothing kept: a blank page', undefined, null, [null, BLANK, null, false]],
    [
      'a stored item with nothing kept: what the server holds',
      detail(),
      null,
      ['item-1', content(), content(), false],
    ],
    [
      'a stored item with the same copy kept: the server’s, not called restored',
      detail(),
      copy('item-1'),
      ['item-1', content(), content(), false],
    ],
    [
      'a stored item with newer words kept here: the kept copy, restored',
      detail(),
      copy('item-1', { title: 'Typed before the session ended' }),
      ['item-1', content({ title: 'Typed before the session ended' }), content(), true],
    ],
    [
      'a new item kept only here: the kept copy, restored, not yet on the server',
      undefined,
      copy(null),
      [null, content(), null, true],
    ],
    [
      'an item created since the copy was kept: the copy’s item',
      undefined,
      copy('item-2'),
      ['item-2', content(), null, true],
    ],
  ])('%s', (_case, stored, kept, [itemId, shown, saved, restored]) => {
    expect(startingDraft(stored, kept, BLANK)).toEqual({
      itemId,
      content: shown,
      saved,
      restored,
    });
  });
});

describe('whether what is on screen is saved now', () => {
  const TITLE_FIRST = 'Not saved yet: give the evidence a title and it is saved as a draft.';
  const DATE_FIRST = 'Not saved yet: enter the date of the activity.';
  it.each([
    ['the server already holds it', content(), 'item-1', content(), false, { kind: 'held' }],
    [
      'it changed since the last save',
      content({ title: 'New' }),
      'item-1',
      content(),
      false,
      { kind: 'send' },
    ],
    ['a new item with a title', content(), null, null, false, { kind: 'send' }],
    [
      'a new item without a title',
      content({ title: '  ' }),
      null,
      null,
      false,
      { kind: 'waiting', message: TITLE_FIRST },
    ],
    [
      'a new item without a title, forced by a file',
      content({ title: '' }),
      null,
      null,
      true,
      { kind: 'send' },
    ],
    [
      'a date not yet whole',
      content({ activityDate: '2026-10' }),
      'item-1',
      content(),
      false,
      { kind: 'waiting', message: DATE_FIRST },
    ],
    [
      'no date, even when forced',
      content({ activityDate: '' }),
      null,
      null,
      true,
      { kind: 'waiting', message: DATE_FIRST },
    ],
  ])('%s', (_case, shown, itemId, saved, force, decision) => {
    expect(saveDecision({ content: shown, itemId, saved, force })).toEqual(decision);
  });
});

describe('content compared', () => {
  it('is the same only when both are known and alike', () => {
    expect(sameContent(content(), content())).toBe(true);
    expect(sameContent(content(), content({ narrative: '' }))).toBe(false);
    expect(sameContent(content(), null)).toBe(false);
    expect(sameContent(null, null)).toBe(false);
  });
});
