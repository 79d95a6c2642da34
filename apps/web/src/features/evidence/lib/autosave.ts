import type { EvidenceContent, EvidenceDetail, FieldError } from '@signoff/contracts';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import type { DraftCopy } from './draft-copy';

/*
 * The autosave's decisions, apart from React and the network: where the editor starts, whether
 * what is on screen goes to the server now, and what follows each edit, answer and refusal (one
 * state machine, `nextAutosave`). useEvidenceDraft carries out its effects.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function contentOf(detail: EvidenceDetail): EvidenceContent {
  const { method, title, narrative, activityDate, claims } = detail.current;
  return { method, title, narrative, activityDate, claims };
}

/** Both known and alike, field for field; an unknown side (not yet on the server) never is. */
export function sameContent(a: EvidenceContent | null, b: EvidenceContent | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

export interface StartingDraft {
  itemId: string | null;
  /** What the editor shows first. */
  content: EvidenceContent;
  /** What the server holds, if anything. */
  saved: EvidenceContent | null;
  /** The copy kept in this browser differs from the server's: it is shown, and sent at once. */
  restored: boolean;
}

/**
 * Where the editor starts: the copy kept in this browser wins over the server's (it is what the
 * learner typed last), the server's over a blank page.
 */
export function startingDraft(
  detail: EvidenceDetail | undefined,
  copy: DraftCopy | null,
  blank: EvidenceContent,
): StartingDraft {
  const saved = detail ? contentOf(detail) : null;
  return {
    itemId: detail?.id ?? copy?.itemId ?? null,
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
 * without a title (a file may come first).
 */
export function saveDecision(draft: {
  content: EvidenceContent;
  itemId: string | null;
  saved: EvidenceContent | null;
  force: boolean;
}): SaveDecision {
  const { content, itemId, saved, force } = draft;
  if (itemId && sameContent(content, saved)) return { kind: 'held' };
  if (!itemId && content.title.trim() === '' && !force)
    return {
      kind: 'waiting',
      message: 'Not saved yet: give the evidence a title and it is saved as a draft.',
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
export interface Autosave {
  itemId: string | null;
  onScreen: EvidenceContent;
  saved: EvidenceContent | null;
  status: SaveState;
  /** Once submitted the draft is no longer a draft: nothing more is saved or kept. */
  submitted: boolean;
}

export type AutosaveEvent =
  /** The learner changed a field. */
  | { kind: 'edited'; content: EvidenceContent }
  /** The pause after typing ended, or a save is wanted now; `force` creates without a title. */
  | { kind: 'due'; force?: boolean }
  /** The server stored `sent` as the item `itemId`. */
  | { kind: 'answered'; sent: EvidenceContent; itemId: string; at: Date }
  | { kind: 'refused'; error: unknown }
  | { kind: 'submitted' };

export type AutosaveEffect =
  /** Keep what is on screen in this browser (under the item's key once it has one). */
  | { kind: 'keep-copy' }
  /** The server holds it: forget the copy kept for this item (null: for the item not yet created). */
  | { kind: 'clear-copy'; itemId: string | null }
  /** (Re)start the pause before saving: typing on postpones the save. */
  | { kind: 'pause' }
  | { kind: 'cancel-pause' }
  | { kind: 'send'; itemId: string | null; content: EvidenceContent }
  /** The first save created the item: the page moves to its address. */
  | { kind: 'created' }
  /** The server named problems with fields (shown until the field is edited or a save succeeds). */
  | { kind: 'show-problems'; problems: FieldError[] }
  | { kind: 'clear-problems' };

export interface AutosaveStep {
  state: Autosave;
  effects: AutosaveEffect[];
}

/** The autosave as it stands when the editor opens (see `startingDraft`). */
export function startAutosave(start: StartingDraft): Autosave {
  return {
    itemId: start.itemId,
    onScreen: start.content,
    saved: start.saved,
    status: { kind: 'idle' },
    submitted: false,
  };
}

/** Whether the server holds exactly what is on screen. */
export function serverHoldsScreen(state: Autosave): boolean {
  return state.itemId !== null && sameContent(state.onScreen, state.saved);
}

function refusalWords(error: unknown): string {
  return isApiError(error, 'UNAUTHENTICATED')
    ? 'Not saved: your session has ended. What you typed is kept on this device; sign in again to save it.'
    : `Not saved: ${describeError(error)}`;
}

/**
 * The autosave's next step: the state after `event` and what the editor must do about it. The
 * hook (useEvidenceDraft) only carries the effects out: timers, storage and requests.
 */
export function nextAutosave(state: Autosave, event: AutosaveEvent): AutosaveStep {
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
      const stored: Autosave = { ...state, itemId: event.itemId, saved: event.sent };
      const effects: AutosaveEffect[] =
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
      // The copy in this browser stays: it is what the learner gets back after signing in.
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
