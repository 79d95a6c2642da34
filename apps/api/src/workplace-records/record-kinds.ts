import type { AssessmentMethod, WorkplaceRecordKind } from '@signoff/contracts';

/** The assessment method each kind of record is evidence of, and what a person calls it. */
export const RECORD_KINDS = {
  observation: { method: 'direct_observation', noun: 'Observation' },
  discussion: { method: 'professional_discussion', noun: 'Professional discussion' },
} as const satisfies Record<WorkplaceRecordKind, { method: AssessmentMethod; noun: string }>;

/** The kind of record a version's method makes it, or null for a method no record is made in. */
export function recordKindOf(method: AssessmentMethod): WorkplaceRecordKind | null {
  if (method === RECORD_KINDS.observation.method) return 'observation';
  if (method === RECORD_KINDS.discussion.method) return 'discussion';
  return null;
}
