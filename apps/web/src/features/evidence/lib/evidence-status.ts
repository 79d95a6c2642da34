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
