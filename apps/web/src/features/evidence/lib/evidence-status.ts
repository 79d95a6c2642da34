import type { EvidenceStatus } from '@signoff/contracts';

export const EVIDENCE_STATUS_WORDS: Record<EvidenceStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  accepted: 'Accepted',
  referred: 'Referred',
};
