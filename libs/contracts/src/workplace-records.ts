import type { EvidenceClaim } from './evidence';

/**
 * Records an assessor makes at the workplace: a direct observation (DO) and a professional
 * discussion (PD). Each is an evidence item of its own method, with the same versions, files,
 * decisions and sign-off as any other, written by the assessor (origin `assessor`), signed by
 * them, then countersigned by the learner.
 */
export const WORKPLACE_RECORD_KINDS = ['observation', 'discussion'] as const;
export type WorkplaceRecordKind = (typeof WORKPLACE_RECORD_KINDS)[number];

/** What the assessor signs, per kind of record; its SHA-256 is the version's declaration. */
export const RECORD_SIGNING_STATEMENTS: Record<WorkplaceRecordKind, string> = {
  observation:
    'I confirm that this is a true and accurate record of what I directly observed the learner do, written at the time or straight after.',
  discussion:
    'I confirm that this is a true and accurate record of the professional discussion I held with the learner.',
};

/** What the learner signs when countersigning a record made about them. */
export const COUNTERSIGNING_STATEMENTS = {
  agree: 'I have read this record and I agree that it is an accurate account of what happened.',
  disagree:
    'I have read this record and I do not agree that it is accurate, for the reason I have given.',
} as const;

export const WORKPLACE_RECORD_LIMITS = {
  settingMaxLength: 200,
  commentMaxLength: 5_000,
} as const;

/** A direct observation's content, as the assessor drafts and saves it (the web app autosaves). */
export interface ObservationContent {
  title: string;
  /** What was observed: sanitised rich text, as an evidence narrative. */
  narrative: string;
  /** YYYY-MM-DD. */
  activityDate: string;
  /** Where: e.g. "Oak Lodge care home, residents' lounge". */
  setting: string;
  /** HH:MM, 24-hour; the end is after the start. */
  startTime: string;
  endTime: string;
  /** The outcomes and criteria it covers: the assessor's mapping once the learner agrees. */
  claims: EvidenceClaim[];
}

/** A professional discussion's content: its notes, the outcomes covered and (as files) audio. */
export interface DiscussionContent {
  title: string;
  narrative: string;
  activityDate: string;
  claims: EvidenceClaim[];
}

/** The assessor signs their draft record; with the header Idempotency-Key, as other signatures. */
export interface SignRecordRequest {
  password: string;
}

/** The learner agrees or disagrees (saying why) with a record awaiting their countersignature. */
export interface CountersignRecordRequest {
  agreed: boolean;
  /** Required to disagree; optional to agree. */
  comment?: string;
  password: string;
}
