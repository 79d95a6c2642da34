import type { EvidenceStatus } from '@signoff/contracts';
import { evidenceStatusWords, type Countersigner } from '../lib/evidence-status';

export function EvidenceStatusBadge({
  status,
  countersigner,
}: {
  status: EvidenceStatus;
  /** Whose countersignature a record awaits, as the reader is told. */
  countersigner?: Countersigner;
}) {
  return (
    <span className={`badge badge--evidence-${status}`}>
      {evidenceStatusWords(status, countersigner)}
    </span>
  );
}
