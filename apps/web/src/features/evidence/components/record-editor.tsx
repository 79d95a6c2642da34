import {
  WORKPLACE_RECORD_LIMITS,
  type EvidenceDetail,
  type Unit,
  type WorkplaceRecordKind,
} from '@signoff/contracts';
import { useId, useState } from 'react';
import { FormTextField } from '../../../components/form/form-fields';
import { ValidatedForm } from '../../../components/form/validated-form';
import { describeError } from '../../../lib/error-messages';
import { useRecordDraftRequests } from '../api/save-record';
import { RECORD_DRAFTS, type RecordDraftContent } from '../lib/draft-kinds';
import { recordProblems } from '../lib/workplace-records';
import { useDraftWithFiles } from '../hooks/use-draft-with-files';
import { DraftFiles } from './draft-files';
import { DraftActions, DraftStatus, OutcomesSection } from './draft-sections';
import { DraftTitleField, DraftWhenField, NarrativeField, stayOnEnter } from './draft-fields';
import { RecordSigningDialog } from './record-signing-dialog';

/** What each kind of record calls its parts. */
const RECORD_WORDS: Record<
  WorkplaceRecordKind,
  { about: string; narrative: string; narrativeHelp: string; files: string; title: string }
> = {
  observation: {
    about: 'About the observation',
    narrative: 'What I observed',
    narrativeHelp:
      'What the learner did, how, and what it shows, as you saw it. Photos, video and audio go below.',
    files: 'Photos, video and audio',
    title: 'e.g. “Supporting a resident at lunch”',
  },
  discussion: {
    about: 'About the discussion',
    narrative: 'Notes',
    narrativeHelp:
      'What you discussed and what the learner’s answers show. A recording goes below.',
    files: 'Audio recording',
    title: 'e.g. “Safeguarding: reporting a concern”',
  },
};

export interface RecordEditorProps {
  kind: WorkplaceRecordKind;
  userId: string;
  enrolmentId: string;
  learnerName: string;
  /** The record as the server holds it; absent for a new one. */
  detail: EvidenceDetail | undefined;
  /** The enrolment's planned units: the record covers outcomes of these. */
  units: readonly Unit[];
  blank: RecordDraftContent;
  onCreated: (detail: EvidenceDetail) => void;
  onSigned: (detail: EvidenceDetail) => void;
  onDiscarded: () => void;
}

/**
 * The assessor's record of an observation or a professional discussion, made on a phone at the
 * workplace: saved as it is typed and kept on the device until saved (as a learner's evidence
 * draft is), with photos, video and audio captured on the spot, then signed for the learner to
 * countersign.
 */
export function RecordEditor({
  kind,
  userId,
  enrolmentId,
  learnerName,
  detail,
  units,
  blank,
  onCreated,
  onSigned,
  onDiscarded,
}: RecordEditorProps) {
  const words = RECORD_WORDS[kind];
  const requests = useRecordDraftRequests(kind, enrolmentId);
  const draft = useDraftWithFiles({
    kind: RECORD_DRAFTS[kind],
    userId,
    enrolmentId,
    detail,
    blank,
    check: (values, fileCount) => recordProblems(kind, values, fileCount),
    subjects: RECORD_DRAFTS[kind].subjects,
    create: requests.create,
    save: (id, content) => requests.save({ id, content }),
    onCreated,
  });
  const { form, itemId, uploads, files } = draft;
  const [signing, setSigning] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const aboutHeadingId = useId();
  const filesHeadingId = useId();

  function startSigning() {
    if (uploads.isUploading) {
      setNotice('Wait for the uploads to finish, then sign.');
      return;
    }
    setNotice(null);
    setSigning(true);
  }

  return (
    <>
      <ValidatedForm
        form={form}
        onValid={startSigning}
        className="evidence-editor record-editor"
        aria-label={kind === 'observation' ? 'Observation record' : 'Discussion record'}
        status={<DraftStatus notice={notice} restored={draft.restored} />}
      >
        <section aria-labelledby={aboutHeadingId} className="card">
          <h2 id={aboutHeadingId}>{words.about}</h2>
          <div className="form">
            <DraftTitleField
              control={form.control}
              description={`A short name for the record, ${words.title}.`}
            />
            <DraftWhenField control={form.control} name="activityDate" label="Date" type="date" />
            {kind === 'observation' ? (
              <>
                <FormTextField
                  control={form.control}
                  name="setting"
                  label="Setting"
                  description="Where it took place, e.g. “Oak Lodge care home, residents’ lounge”."
                  maxLength={WORKPLACE_RECORD_LIMITS.settingMaxLength}
                  onKeyDown={stayOnEnter}
                  isRequired
                />
                <div className="record-editor__times">
                  <DraftWhenField
                    control={form.control}
                    name="startTime"
                    label="Start time"
                    type="time"
                  />
                  <DraftWhenField
                    control={form.control}
                    name="endTime"
                    label="End time"
                    type="time"
                  />
                </div>
              </>
            ) : null}
            <NarrativeField
              control={form.control}
              label={words.narrative}
              description={words.narrativeHelp}
            />
          </div>
        </section>

        <section aria-labelledby={filesHeadingId} className="card">
          <h2 id={filesHeadingId}>{words.files}</h2>
          <DraftFiles
            itemId={itemId}
            files={files}
            uploads={uploads}
            captures={kind === 'observation' ? ['photo', 'video', 'audio'] : ['audio']}
            onProblem={setNotice}
          />
        </section>

        <OutcomesSection
          heading="Learning outcomes covered"
          control={form.control}
          units={units}
          draft={draft}
        >
          Open a unit of {learnerName}’s plan and tick each learning outcome (or assessment
          criterion) the record shows. Once {learnerName} agrees with the record, this is your
          mapping.
        </OutcomesSection>

        <DraftActions
          draft={draft}
          userId={userId}
          submitLabel="Sign this record"
          pendingLabel="Signing…"
          onDiscarded={onDiscarded}
        />
      </ValidatedForm>

      {/* Outside the form: the dialog's own form must not submit this one. */}
      <RecordSigningDialog
        kind={kind}
        learnerName={learnerName}
        isOpen={signing}
        onClose={() => setSigning(false)}
        flush={draft.flush}
        onContentProblems={(error) => {
          setSigning(false);
          setNotice(describeError(error));
          draft.showSubmitProblems(error.errors);
        }}
        onSigned={(signed) => {
          draft.submitted();
          setSigning(false);
          onSigned(signed);
        }}
      />
    </>
  );
}
