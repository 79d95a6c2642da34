import type { DeclarantRole, EvidenceStatus } from '@signoff/contracts';

export const EVIDENCE_STATUS_WORDS: Record<EvidenceStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  awaiting_countersignature: 'Awaiting the learner’s countersignature',
  accepted: 'Accepted',
  referred: 'Referred',
};

/** Who declared a version, beside their name (a learner's own declaration needs no word). */
export const DECLARANT_WORDS: Record<DeclarantRole, string> = {
  learner: 'the learner',
  assessor: 'the assessor who made this record',
  witness: 'witness',
};

/** Who is to countersign a record, as its reader is told: they themselves, or the learner named. */
export type Countersigner = { you: true } | { name: string };

/**
 * A status in words for its reader: a record awaiting a countersignature says whose ("Awaiting
 * your countersignature" to the learner, "Awaiting Jordan Ellis’s countersignature" to staff).
 */
export function evidenceStatusWords(status: EvidenceStatus, countersigner?: Countersigner): string {
  if (status !== 'awaiting_countersignature' || !countersigner)
    return EVIDENCE_STATUS_WORDS[status];
  return 'you' in countersigner
    ? 'Awaiting your countersignature'
    : `Awaiting ${countersigner.name}’s countersignature`;
}
