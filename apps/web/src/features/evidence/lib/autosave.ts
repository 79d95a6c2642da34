import type { EvidenceContent, EvidenceDetail } from '@signoff/contracts';
import type { DraftCopy } from './draft-copy';

/*
 * The autosave's decisions, apart from React and the network: where the editor starts, and
 * whether what is on screen goes to the server now. useEvidenceDraft does the rest.
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
