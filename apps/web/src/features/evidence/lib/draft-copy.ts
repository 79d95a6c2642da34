import type { EvidenceContent } from '@signoff/contracts';

/**
 * What someone has typed into a draft (the learner's evidence, the assessor's record), kept in
 * this browser until the server has it: a session that ends mid-sentence, a lost connection or a
 * closed tab loses nothing.
 */
export interface DraftCopy<Content = EvidenceContent> {
  /** The item, once created; null while the draft exists only here. */
  itemId: string | null;
  enrolmentId: string;
  content: Content;
  keptAt: string;
}

const PREFIX = 'signoff.evidence-draft';

/**
 * One copy per person and item, or per person, enrolment and kind of draft for an item not yet
 * created (a learner's own evidence is kind `evidence`; an assessor's record `observation` or
 * `discussion`).
 */
export function draftCopyKey(
  userId: string,
  place: { itemId: string } | { enrolmentId: string; kind?: string },
) {
  if ('itemId' in place) return `${PREFIX}.${userId}.item.${place.itemId}`;
  const kind = place.kind && place.kind !== 'evidence' ? `new-${place.kind}` : 'new';
  return `${PREFIX}.${userId}.${kind}.${place.enrolmentId}`;
}

/** The fields of a learner's evidence, as the editor keeps them. */
export const EVIDENCE_FIELDS = ['method', 'title', 'narrative', 'activityDate', 'claims'] as const;

/**
 * Whether something read back is content with exactly these fields kept: `claims` a list, every
 * other field text (a copy from an older release, or of another kind of draft, is not).
 */
export function hasDraftFields(value: unknown, fields: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const content = value as Record<string, unknown>;
  return fields.every((field) =>
    field === 'claims' ? Array.isArray(content[field]) : typeof content[field] === 'string',
  );
}

function isDraftCopy(value: unknown, fields: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['enrolmentId'] === 'string' && hasDraftFields(candidate['content'], fields)
  );
}

/** The copy kept under `key`, if it holds content with these fields (the evidence's by default). */
export function readDraftCopy<Content = EvidenceContent>(
  key: string,
  fields: readonly string[] = EVIDENCE_FIELDS,
): DraftCopy<Content> | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isDraftCopy(value, fields) ? (value as DraftCopy<Content>) : null;
  } catch {
    return null;
  }
}

export function writeDraftCopy<Content>(key: string, copy: DraftCopy<Content>): void {
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
