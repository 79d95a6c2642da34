import type { EvidenceContent } from '@signoff/contracts';

/**
 * What the learner has typed into a draft, kept in this browser until the server has it: a
 * session that ends mid-sentence, a lost connection or a closed tab loses nothing.
 */
export interface DraftCopy {
  /** The item, once created; null while the draft exists only here. */
  itemId: string | null;
  enrolmentId: string;
  content: EvidenceContent;
  keptAt: string;
}

const PREFIX = 'signoff.evidence-draft';

/** One copy per person and item (or per person and enrolment for an item not yet created). */
export function draftCopyKey(userId: string, place: { itemId: string } | { enrolmentId: string }) {
  return 'itemId' in place
    ? `${PREFIX}.${userId}.item.${place.itemId}`
    : `${PREFIX}.${userId}.new.${place.enrolmentId}`;
}

function isDraftCopy(value: unknown): value is DraftCopy {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const content = candidate['content'] as Record<string, unknown> | undefined;
  return (
    typeof candidate['enrolmentId'] === 'string' &&
    typeof content === 'object' &&
    content !== null &&
    typeof content['title'] === 'string' &&
    typeof content['narrative'] === 'string' &&
    typeof content['method'] === 'string' &&
    typeof content['activityDate'] === 'string' &&
    Array.isArray(content['claims'])
  );
}

export function readDraftCopy(key: string): DraftCopy | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isDraftCopy(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraftCopy(key: string, copy: DraftCopy): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or switched off: the autosave to the server still runs.
  }
}

export function clearDraftCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
