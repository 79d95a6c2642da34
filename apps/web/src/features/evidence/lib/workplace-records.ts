import type {
  AssessmentMethod,
  EvidenceDetail,
  FieldError,
  WorkplaceRecordKind,
} from '@signoff/contracts';
import { submissionProblems } from '@signoff/domain';
import type { RecordDraftContent } from './draft-kinds';

/** Each kind of record's list under its enrolment in the API. */
export const RECORD_ROUTES: Record<WorkplaceRecordKind, string> = {
  observation: 'observations',
  discussion: 'professional-discussions',
};

/** The assessment method each kind of record is evidence of. */
export const RECORD_METHODS: Record<WorkplaceRecordKind, AssessmentMethod> = {
  observation: 'direct_observation',
  discussion: 'professional_discussion',
};

/** Which record the item is, when its assessor made it; null for a learner's or a witness's. */
export function recordKindOf(
  detail: Pick<EvidenceDetail, 'origin'> & { current: { method: AssessmentMethod } },
): WorkplaceRecordKind | null {
  if (detail.origin !== 'assessor') return null;
  return detail.current.method === 'professional_discussion' ? 'discussion' : 'observation';
}

/** Where the record's form is: a new record of a kind, or the draft of an item. */
export function recordFormPath(
  enrolmentId: string,
  record: { kind: WorkplaceRecordKind } | { itemId: string },
): string {
  const enrolment = `/enrolments/${encodeURIComponent(enrolmentId)}`;
  return 'kind' in record
    ? `${enrolment}/${RECORD_ROUTES[record.kind]}/new`
    : `${enrolment}/records/${encodeURIComponent(record.itemId)}/edit`;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What a record needs before its assessor signs it: a title, what was observed or discussed (or
 * a file), the outcomes it covers and, for an observation, where and from when to when.
 */
export function recordSigningProblems(
  kind: WorkplaceRecordKind,
  record: RecordDraftContent & { fileCount: number },
): FieldError[] {
  const problems = submissionProblems(record).map((problem) =>
    problem.path === 'claims'
      ? { path: 'claims', message: 'map the record to at least one learning outcome' }
      : problem.path === 'narrative'
        ? {
            path: 'narrative',
            message:
              kind === 'observation'
                ? 'write what you observed or attach a file'
                : 'write notes of the discussion or attach a recording',
          }
        : problem,
  );
  if (kind === 'discussion') return problems;
  const { setting = '', startTime = '', endTime = '' } = record;
  if (setting.trim() === '') problems.push({ path: 'setting', message: 'is required' });
  if (!TIME.test(startTime)) problems.push({ path: 'startTime', message: 'must be a time' });
  if (!TIME.test(endTime)) problems.push({ path: 'endTime', message: 'must be a time' });
  else if (TIME.test(startTime) && endTime <= startTime)
    problems.push({ path: 'endTime', message: 'must be after the start time' });
  return problems;
}
