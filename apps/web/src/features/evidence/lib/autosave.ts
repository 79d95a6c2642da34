import type { FieldError } from '@signoff/contracts';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import type { DraftCopy } from './draft-copy';

/*
 * The autosave's decisions, apart from React and the network: where the editor starts, whether
 * what is on screen goes to the server now, and what follows each edit, answer and refusal (one
 * state machine, `nextAutosave`). useAutosavedDraft carries out its effects. The learner's
 * evidence and the assessor's records are drafted alike: each is content with a title and a date.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What every autosaved draft has: it is created once it has a title, and stored with a date. */
export interface DraftContent {
  title: string;
  activityDate: string;
}

/** Both known and alike, field for field; an unknown side (not yet on the server) never is. */
export function sameContent<C extends DraftContent>(a: C | null, b: C | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** The draft as the server holds it: its item and content. */
export interface StoredDraft<C extends DraftContent> {
  itemId: string;
  content: C;
}

export interface StartingDraft<C extends DraftContent> {
  itemId: string | null;
  /** What the editor shows first. */
  content: C;
  /** What the server holds, if anything. */
  saved: C | null;
  /** The copy kept in this browser differs from the server's: it is shown, and sent at once. */
  restored: boolean;
}

/**
 * Where the editor starts: the copy kept in this browser wins over the server's (it is what the
 * writer typed last), the server's over a blank page.
 */
export function startingDraft<C extends DraftContent>(
  stored: StoredDraft<C> | undefined,
  copy: DraftCopy<C> | null,
  blank: C,
): StartingDraft<C> {
  const saved = stored?.content ?? null;
  return {
    itemId: stored?.itemId ?? copy?.itemId ?? null,
    content: copy?.content ?? saved ?? blank,
    saved,
    restored: copy !== null && !sameContent(copy.content, saved),
  };
}

export type SaveDecision =
  { kind: 'held' } | { kind: 'waiting'; message: string } | { kind: 'send' };

/**
 * Whether what is on screen goes to the server: not when the server already holds it ('held'),
 * nor while it cannot be stored yet ('waiting', saying what is missing). `force` creates an item
 * without a title (a file may come first). `noun` names the draft: "the evidence", "the record".
 */
export function saveDecision<C extends DraftContent>(draft: {
  content: C;
  itemId: string | null;
  saved: C | null;
  force: boolean;
  noun: string;
}): SaveDecision {
  const { content, itemId, saved, force, noun } = draft;
  if (itemId && sameContent(content, saved)) return { kind: 'held' };
  if (!itemId && content.title.trim() === '' && !force)
    return {
      kind: 'waiting',
      message: `Not saved yet: give ${noun} a title and it is saved as a draft.`,
    };
  if (!DATE.test(content.activityDate))
    return { kind: 'waiting', message: 'Not saved yet: enter the date of the activity.' };
  return { kind: 'send' };
}

/** What the line beside Submit says about saving. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'waiting'; message: string }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string; error: unknown };

/** Where the autosave stands: what is on screen, what the server holds, what the line says. */
export interface Autosave<C extends DraftContent> {
  itemId: string | null;
  onScreen: C;
  saved: C | null;
  status: SaveState;
  /** Once submitted (or signed) the draft is no longer a draft: nothing more is saved or kept. */
  submitted: boolean;
  /** What the draft is called in the line beside Submit: "the evidence", "the record". */
  noun: string;
}

export type AutosaveEvent<C extends DraftContent> =
  /** The writer changed a field. */
  | { kind: 'edited'; content: C }
  /** The pause after typing ended, or a save is wanted now; `force` creates without a title. */
  | { kind: 'due'; force?: boolean }
  /** The server stored `sent` as the item `itemId`. */
  | { kind: 'answered'; sent: C; itemId: string; at: Date }
  | { kind: 'refused'; error: unknown }
  | { kind: 'submitted' };

export type AutosaveEffect<C extends DraftContent> =
  /** Keep what is on screen in this browser (under the item's key once it has one). */
  | { kind: 'keep-copy' }
  /** The server holds it: forget the copy kept for this item (null: for the item not yet created). */
  | { kind: 'clear-copy'; itemId: string | null }
  /** (Re)start the pause before saving: typing on postpones the save. */
  | { kind: 'pause' }
  | { kind: 'cancel-pause' }
  | { kind: 'send'; itemId: string | null; content: C }
  /** The first save created the item: the page moves to its address. */
  | { kind: 'created' }
  /** The server named problems with fields (shown until the field is edited or a save succeeds). */
  | { kind: 'show-problems'; problems: FieldError[] }
  | { kind: 'clear-problems' };

export interface AutosaveStep<C extends DraftContent> {
  state: Autosave<C>;
  effects: AutosaveEffect<C>[];
}

/** The autosave as it stands when the editor opens (see `startingDraft`). */
export function startAutosave<C extends DraftContent>(
  start: StartingDraft<C>,
  noun: string,
): Autosave<C> {
  return {
    itemId: start.itemId,
    onScreen: start.content,
    saved: start.saved,
    status: { kind: 'idle' },
    submitted: false,
    noun,
  };
}

/** Whether the server holds exactly what is on screen. */
export function serverHoldsScreen<C extends DraftContent>(state: Autosave<C>): boolean {
  return state.itemId !== null && sameContent(state.onScreen, state.saved);
}

function refusalWords(error: unknown): string {
  return isApiError(error, 'UNAUTHENTICATED')
    ? 'Not saved: your session has ended. What you typed is kept on this device; sign in again to save it.'
    : `Not saved: ${describeError(error)}`;
}

/**
 * The autosave's next step: the state after `event` and what the editor must do about it. The
 * hook (useAutosavedDraft) only carries the effects out: timers, storage and requests.
 */
export function nextAutosave<C extends DraftContent>(
  state: Autosave<C>,
  event: AutosaveEvent<C>,
): AutosaveStep<C> {
  if (state.submitted) return { state, effects: [] };
  switch (event.kind) {
    case 'edited':
      return {
        state: { ...state, onScreen: event.content },
        effects: [{ kind: 'keep-copy' }, { kind: 'pause' }],
      };
    case 'due': {
      const decision = saveDecision({
        content: state.onScreen,
        itemId: state.itemId,
        saved: state.saved,
        force: event.force ?? false,
        noun: state.noun,
      });
      if (decision.kind === 'held') return { state, effects: [] };
      if (decision.kind === 'waiting')
        return { state: { ...state, status: decision }, effects: [] };
      return {
        state: { ...state, status: { kind: 'saving' } },
        effects: [{ kind: 'send', itemId: state.itemId, content: state.onScreen }],
      };
    }
    case 'answered': {
      const stored: Autosave<C> = { ...state, itemId: event.itemId, saved: event.sent };
      const effects: AutosaveEffect<C>[] =
        state.itemId === null
          ? [{ kind: 'clear-copy', itemId: null }, { kind: 'created' }, { kind: 'clear-problems' }]
          : [{ kind: 'clear-problems' }];
      if (!sameContent(state.onScreen, event.sent)) {
        // Typed while this save was in flight: saved straight after it, so that "Saved" is only
        // ever said of what is on screen.
        const again = nextAutosave(stored, { kind: 'due' });
        return {
          state: again.state,
          effects: [...effects, { kind: 'keep-copy' }, { kind: 'cancel-pause' }, ...again.effects],
        };
      }
      return {
        state: { ...stored, status: { kind: 'saved', at: event.at } },
        effects: [...effects, { kind: 'clear-copy', itemId: event.itemId }],
      };
    }
    case 'refused':
      // The copy in this browser stays: it is what the writer gets back after signing in.
      return {
        state: {
          ...state,
          status: { kind: 'failed', error: event.error, message: refusalWords(event.error) },
        },
        effects: [
          { kind: 'keep-copy' },
          ...(isApiError(event.error, 'VALIDATION_FAILED')
            ? [{ kind: 'show-problems' as const, problems: event.error.errors }]
            : []),
        ],
      };
    case 'submitted':
      return {
        state: { ...state, submitted: true },
        effects: [{ kind: 'cancel-pause' }, { kind: 'clear-copy', itemId: state.itemId }],
      };
  }
}
