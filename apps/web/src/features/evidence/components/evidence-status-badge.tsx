import type { EvidenceStatus } from '@signoff/contracts';
import { EVIDENCE_STATUS_WORDS } from '../lib/evidence-status';

export function EvidenceStatusBadge({ status }: { status: EvidenceStatus }) {
  return <span className={`badge badge--evidence-${status}`}>{EVIDENCE_STATUS_WORDS[status]}</span>;
}
