import {
  EVIDENCE_LIMITS,
  WORKPLACE_RECORD_LIMITS,
  type EvidenceDetail,
  type Unit,
  type WorkplaceRecordKind,
} from '@signoff/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { describeError } from '../../../lib/error-messages';
import { useEvidence } from '../api/get-evidence';
import { useRecordDraftRequests } from '../api/save-record';
import { useAutosavedDraft } from '../hooks/use-autosaved-draft';
import { useEvidenceUploads } from '../hooks/use-evidence-uploads';
import { clearDraftCopy, draftCopyKey } from '../lib/draft-copy';
import { RECORD_DRAFTS, type RecordDraftContent } from '../lib/draft-kinds';
import { recordProblems } from '../lib/workplace-records';
import { DiscardDraftButton } from './discard-draft-button';
import { DraftFiles } from './draft-files';
import { NarrativeField, stayOnEnter } from './draft-fields';
import { OutcomePickerField } from '../../../components/outcome-picker';
import { RecordSigningDialog } from './record-signing-dialog';
import { SaveStatus } from './save-status';

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
  const fileCountRef = useRef(0);
  const uploadingRef = useRef(false);
  const [resolver] = useState(() =>
    resolverFrom<RecordDraftContent>(
      (values) => (uploadingRef.current ? [] : recordProblems(kind, values, fileCountRef.current)),
      { subjects: RECORD_DRAFTS[kind].subjects },
    ),
  );
  const requests = useRecordDraftRequests(kind, enrolmentId);
  const draft = useAutosavedDraft({
    kind: RECORD_DRAFTS[kind],
    userId,
    enrolmentId,
    detail,
    blank,
    resolver,
    create: requests.create,
    save: (id, content) => requests.save({ id, content }),
    onCreated,
  });
  const { form, itemId } = draft;
  const title = useWatch({ control: form.control, name: 'title' });
  const uploads = useEvidenceUploads(draft.ensureItem);
  const stored = useEvidence(itemId ?? undefined);
  const current = stored.data ?? detail;
  const files = current?.current.files ?? [];
  const [signing, setSigning] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const aboutHeadingId = useId();
  const filesHeadingId = useId();
  const mappingHeadingId = useId();
  useEffect(() => {
    fileCountRef.current = files.length;
    uploadingRef.current = uploads.isUploading;
  }, [files.length, uploads.isUploading]);

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
        status={
          <>
            <FormAlert message={notice} />
            {draft.restored ? (
              <StatusMessage>
                What you typed before is back from this device, and is being saved now.
              </StatusMessage>
            ) : null}
          </>
        }
      >
        <section aria-labelledby={aboutHeadingId} className="card">
          <h2 id={aboutHeadingId}>{words.about}</h2>
          <div className="form">
            <FormTextField
              control={form.control}
              name="title"
              label="Title"
              description={`A short name for the record, ${words.title}.`}
              maxLength={EVIDENCE_LIMITS.titleMaxLength}
              onKeyDown={stayOnEnter}
              isRequired
            />
            <FormTextField
              control={form.control}
              name="activityDate"
              label="Date"
              type="date"
              className="field--date"
              onKeyDown={stayOnEnter}
              isRequired
            />
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
                  <FormTextField
                    control={form.control}
                    name="startTime"
                    label="Start time"
                    type="time"
                    className="field--time"
                    onKeyDown={stayOnEnter}
                    isRequired
                  />
                  <FormTextField
                    control={form.control}
                    name="endTime"
                    label="End time"
                    type="time"
                    className="field--time"
                    onKeyDown={stayOnEnter}
                    isRequired
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

        <section aria-labelledby={mappingHeadingId} className="card">
          <h2 id={mappingHeadingId}>Learning outcomes covered</h2>
          <p className="muted">
            Open a unit of {learnerName}’s plan and tick each learning outcome (or assessment
            criterion) the record shows. Once {learnerName} agrees with the record, this is your
            mapping.
          </p>
          <OutcomePickerField
            control={form.control}
            name="claims"
            units={units}
            labelledBy={mappingHeadingId}
            unitProblems={draft.unitProblems}
            onChanged={draft.clearUnitProblems}
          />
        </section>

        <div className="editor__actions evidence-editor__actions">
          <SaveStatus state={draft.saveState} onRetry={() => void draft.flush()} />
          <div className="button-row">
            <SubmitButton pendingLabel="Signing…">Sign this record</SubmitButton>
            {itemId && (current?.can.discard ?? true) ? (
              <DiscardDraftButton
                itemId={itemId}
                title={title}
                onDiscarded={() => {
                  clearDraftCopy(draftCopyKey(userId, { itemId }));
                  onDiscarded();
                }}
              />
            ) : null}
          </div>
        </div>
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
