import type {
  AssessmentMethod,
  CountersignRecordRequest,
  EvidenceDetail,
  FieldError,
  WorkplaceRecordKind,
} from '@signoff/contracts';
import { countersigningProblems, recordSigningProblems } from '@signoff/domain';
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

/**
 * What the record on screen needs before its assessor signs it, by the API's own rule: a title,
 * what was observed or discussed (or a file), the outcomes it covers and, for an observation,
 * where and from when to when.
 */
export function recordProblems(
  kind: WorkplaceRecordKind,
  record: RecordDraftContent,
  fileCount: number,
): FieldError[] {
  const { setting = '', startTime = '', endTime = '' } = record;
  return recordSigningProblems(kind, {
    ...record,
    fileCount,
    observation: kind === 'observation' ? { setting, startTime, endTime } : null,
  });
}

/** The learner's answers in the countersign panel. */
export interface CountersignAnswers {
  answer: 'agree' | 'disagree' | null;
  comment: string;
  password: string;
}

export const COUNTERSIGN_SUBJECTS: Record<string, string> = {
  answer: 'Your answer',
  agreed: 'Your answer',
  comment: 'Your reason',
  password: 'The password you entered',
};

/** What the panel needs before sending, by the API's rule for disagreeing and the password's. */
export function countersignProblems({
  answer,
  comment,
  password,
}: CountersignAnswers): FieldError[] {
  const problems: FieldError[] = [];
  if (answer === null)
    problems.push({ path: 'answer', message: 'is required: say whether the record is accurate' });
  else problems.push(...countersigningProblems({ agreed: answer === 'agree', comment }));
  if (password === '') problems.push({ path: 'password', message: 'is required: type it to sign' });
  return problems;
}

/** The request the panel sends: a comment only where one was written. */
export function toCountersignRequest({
  answer,
  comment,
  password,
}: CountersignAnswers): CountersignRecordRequest {
  const trimmed = comment.trim();
  return {
    agreed: answer === 'agree',
    ...(trimmed === '' ? {} : { comment: trimmed }),
    password,
  };
}
