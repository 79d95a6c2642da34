import type { EvidenceContent } from '@signoff/contracts';
import { ApiError } from '../../../lib/api-client';
import {
  nextAutosave,
  sameContent,
  saveDecision,
  serverHoldsScreen,
  startAutosave,
  startingDraft,
  type Autosave,
  type AutosaveEffect,
  type AutosaveEvent,
} from './autosave';
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

/** The item as the server holds it. */
const detail = (change: Partial<EvidenceContent> = {}) => ({
  itemId: 'item-1',
  content: content(change),
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
    expect(saveDecision({ content: shown, itemId, saved, force, noun: 'the evidence' })).toEqual(
      decision,
    );
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

describe('the autosave, event by event', () => {
  const AT = new Date('2026-10-20T09:10:00Z');
  const offline = new TypeError('Failed to fetch');
  const sessionEnded = new ApiError(401, { code: 'UNAUTHENTICATED', message: 'Unauthenticated' });
  const refused = new ApiError(400, {
    code: 'VALIDATION_FAILED',
    message: 'Validation failed',
    errors: [{ path: 'title', message: 'must be at most 200 characters' }],
  });
  const stored = () => startAutosave(startingDraft(detail(), null, BLANK), 'the evidence');
  const fresh = () => startAutosave(startingDraft(undefined, null, BLANK), 'the evidence');
  const edited = (change: Partial<EvidenceContent>): AutosaveEvent<EvidenceContent> => ({
    kind: 'edited',
    content: content(change),
  });
  const answered = (sent: EvidenceContent, itemId = 'item-1'): AutosaveEvent<EvidenceContent> => ({
    kind: 'answered',
    sent,
    itemId,
    at: AT,
  });

  /** The state after every event, and the effects of the last. */
  function play(start: Autosave<EvidenceContent>, events: AutosaveEvent<EvidenceContent>[]) {
    let state = start;
    let effects: AutosaveEffect<EvidenceContent>[] = [];
    for (const event of events) ({ state, effects } = nextAutosave(state, event));
    return { state, effects };
  }

  it.each<
    [
      string,
      Autosave<EvidenceContent>,
      AutosaveEvent<EvidenceContent>[],
      AutosaveEffect<EvidenceContent>[],
      Autosave<EvidenceContent>['status']['kind'],
    ]
  >([
    [
      'each change is kept on this device and postpones the save (the pause starts again)',
      stored(),
      [edited({ title: 'Handover' }), edited({ title: 'Handover to nights' })],
      [{ kind: 'keep-copy' }, { kind: 'pause' }],
      'idle',
    ],
    [
      'after the pause, what is on screen is sent',
      stored(),
      [edited({ title: 'Handover to nights' }), { kind: 'due' }],
      [{ kind: 'send', itemId: 'item-1', content: content({ title: 'Handover to nights' }) }],
      'saving',
    ],
    ['nothing is sent when the server already holds it', stored(), [{ kind: 'due' }], [], 'idle'],
    [
      'a new item is not sent without a title: the line says so',
      fresh(),
      [edited({ title: '' }), { kind: 'due' }],
      [],
      'waiting',
    ],
    [
      'a new item is sent without a title when a file needs it',
      fresh(),
      [edited({ title: '' }), { kind: 'due', force: true }],
      [{ kind: 'send', itemId: null, content: content({ title: '' }) }],
      'saving',
    ],
    [
      'the first answer creates the item: the copy moves off the new item’s place',
      fresh(),
      [edited({}), { kind: 'due' }, answered(content())],
      [
        { kind: 'clear-copy', itemId: null },
        { kind: 'created' },
        { kind: 'clear-problems' },
        { kind: 'clear-copy', itemId: 'item-1' },
      ],
      'saved',
    ],
    [
      'a save answered with the screen unchanged: saved, and the copy here goes',
      stored(),
      [edited({ title: 'New' }), { kind: 'due' }, answered(content({ title: 'New' }))],
      [{ kind: 'clear-problems' }, { kind: 'clear-copy', itemId: 'item-1' }],
      'saved',
    ],
    [
      'typing while a save is on its way: the newer words are sent straight after it',
      stored(),
      [
        edited({ title: 'New' }),
        { kind: 'due' },
        edited({ title: 'Newer' }),
        answered(content({ title: 'New' })),
      ],
      [
        { kind: 'clear-problems' },
        { kind: 'keep-copy' },
        { kind: 'cancel-pause' },
        { kind: 'send', itemId: 'item-1', content: content({ title: 'Newer' }) },
      ],
      'saving',
    ],
    [
      'a lost connection: the copy here stays',
      stored(),
      [edited({ title: 'New' }), { kind: 'due' }, { kind: 'refused', error: offline }],
      [{ kind: 'keep-copy' }],
      'failed',
    ],
    [
      'trying again after a failed save sends what is on screen',
      stored(),
      [
        edited({ title: 'New' }),
        { kind: 'due' },
        { kind: 'refused', error: offline },
        { kind: 'due' },
      ],
      [{ kind: 'send', itemId: 'item-1', content: content({ title: 'New' }) }],
      'saving',
    ],
    [
      'the server names a field: its problem is shown',
      stored(),
      [edited({ title: 'New' }), { kind: 'due' }, { kind: 'refused', error: refused }],
      [{ kind: 'keep-copy' }, { kind: 'show-problems', problems: refused.errors }],
      'failed',
    ],
    [
      'once submitted the pause is dropped and the copy here goes',
      stored(),
      [edited({ title: 'New' }), { kind: 'submitted' }],
      [{ kind: 'cancel-pause' }, { kind: 'clear-copy', itemId: 'item-1' }],
      'idle',
    ],
    [
      'after submitting, nothing more is kept or saved',
      stored(),
      [{ kind: 'submitted' }, edited({ title: 'Late' }), { kind: 'due' }],
      [],
      'idle',
    ],
    [
      'a copy restored from this device is sent at the first save',
      startAutosave(
        startingDraft(detail(), copy('item-1', { title: 'Kept here' }), BLANK),
        'the evidence',
      ),
      [{ kind: 'due' }],
      [{ kind: 'send', itemId: 'item-1', content: content({ title: 'Kept here' }) }],
      'saving',
    ],
  ])('%s', (_case, start, events, effects, status) => {
    const last = play(start, events);
    expect(last.effects).toEqual(effects);
    expect(last.state.status.kind).toBe(status);
  });

  it('says what happened on the line beside Submit', () => {
    const saved = play(stored(), [
      edited({ title: 'New' }),
      { kind: 'due' },
      answered(content({ title: 'New' })),
    ]);
    expect(saved.state.status).toEqual({ kind: 'saved', at: AT });
    expect(play(fresh(), [edited({ title: '' }), { kind: 'due' }]).state.status).toEqual({
      kind: 'waiting',
      message: 'Not saved yet: give the evidence a title and it is saved as a draft.',
    });
    expect(
      play(stored(), [
        edited({ title: 'New' }),
        { kind: 'due' },
        { kind: 'refused', error: sessionEnded },
      ]).state.status,
    ).toEqual({
      kind: 'failed',
      error: sessionEnded,
      message:
        'Not saved: your session has ended. What you typed is kept on this device; sign in again to save it.',
    });
    expect(
      play(stored(), [
        edited({ title: 'New' }),
        { kind: 'due' },
        { kind: 'refused', error: offline },
      ]).state.status,
    ).toEqual({
      kind: 'failed',
      error: offline,
      message: 'Not saved: Something went wrong on our side. Try again in a moment.',
    });
  });

  it('counts the draft held only when the server has exactly what is on screen', () => {
    expect(serverHoldsScreen(stored())).toBe(true);
    expect(serverHoldsScreen(play(stored(), [edited({ title: 'New' })]).state)).toBe(false);
    expect(serverHoldsScreen(fresh())).toBe(false);
    const created = play(fresh(), [edited({}), { kind: 'due' }, answered(content())]);
    expect(created.state.itemId).toBe('item-1');
    expect(serverHoldsScreen(created.state)).toBe(true);
  });
});
