import type {
  EvidenceContent,
  EvidenceDetail,
  WorkplaceRecordKind,
  DiscussionContent,
  ObservationContent,
} from '@signoff/contracts';
import type { DraftContent } from './autosave';
import { DRAFT_SUBJECTS } from './draft-problems';
import { EVIDENCE_FIELDS } from './draft-copy';

/**
 * A kind of draft that saves as it is typed: the learner's own evidence, or a record the
 * assessor makes at the workplace. Each says which fields are its content (what is kept on the
 * device, compared and sent) and how the server's item reads as that content.
 */
export interface DraftKind<C extends DraftContent> {
  name: 'evidence' | WorkplaceRecordKind;
  /** What the draft is called in the line beside the main action: "the evidence", "the record". */
  noun: string;
  /** The content's fields, in the order they are kept and compared. */
  fields: readonly (keyof C & string)[];
  /** The field names problems are worded with. */
  subjects: Record<string, string>;
  /** The content as the server holds it. */
  fromDetail: (detail: EvidenceDetail) => C;
}

/** Only the kind's fields, in its order: what is kept, compared as JSON and sent. */
export function pickContent<C extends DraftContent>(kind: DraftKind<C>, values: C): C {
  return Object.fromEntries(kind.fields.map((field) => [field, values[field]])) as unknown as C;
}

export const EVIDENCE_DRAFT: DraftKind<EvidenceContent> = {
  name: 'evidence',
  noun: 'the evidence',
  fields: EVIDENCE_FIELDS,
  subjects: DRAFT_SUBJECTS,
  fromDetail: (detail) => pickContent(EVIDENCE_DRAFT, detail.current),
};

/**
 * A record's content as its form holds it: a discussion's fields, and an observation's
 * particulars (where, from when to when) which only an observation has.
 */
export type RecordDraftContent = DiscussionContent &
  Partial<Pick<ObservationContent, 'setting' | 'startTime' | 'endTime'>>;

const DISCUSSION_FIELDS = ['title', 'narrative', 'activityDate', 'claims'] as const;
const OBSERVATION_FIELDS = [
  'title',
  'narrative',
  'activityDate',
  'setting',
  'startTime',
  'endTime',
  'claims',
] as const;

export const RECORD_DRAFTS: Record<WorkplaceRecordKind, DraftKind<RecordDraftContent>> = {
  observation: {
    name: 'observation',
    noun: 'the observation',
    fields: OBSERVATION_FIELDS,
    subjects: {
      ...DRAFT_SUBJECTS,
      narrative: 'What you observed',
      setting: 'Setting',
      startTime: 'Start time',
      endTime: 'End time',
    },
    fromDetail: (detail) =>
      pickContent(RECORD_DRAFTS.observation, {
        ...detail.current,
        setting: detail.current.observation?.setting ?? '',
        startTime: detail.current.observation?.startTime ?? '',
        endTime: detail.current.observation?.endTime ?? '',
      }),
  },
  discussion: {
    name: 'discussion',
    noun: 'the discussion',
    fields: DISCUSSION_FIELDS,
    subjects: { ...DRAFT_SUBJECTS, narrative: 'Notes' },
    fromDetail: (detail) => pickContent(RECORD_DRAFTS.discussion, detail.current),
  },
};
