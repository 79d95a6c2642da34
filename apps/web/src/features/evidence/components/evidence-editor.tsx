import {
  ASSESSMENT_METHOD_KEYS,
  ASSESSMENT_METHODS,
  EVIDENCE_LIMITS,
  type EvidenceContent,
  type EvidenceDetail,
  type Unit,
} from '@signoff/contracts';
import { submissionProblems } from '@signoff/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { FormSelectField, FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useCreateEvidence } from '../api/create-evidence';
import { useEvidence } from '../api/get-evidence';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useSaveEvidence } from '../api/save-evidence';
import { useSubmitEvidence } from '../api/submit-evidence';
import { useAutosavedDraft } from '../hooks/use-autosaved-draft';
import { useEvidenceUploads } from '../hooks/use-evidence-uploads';
import { clearDraftCopy, draftCopyKey } from '../lib/draft-copy';
import { EVIDENCE_DRAFT } from '../lib/draft-kinds';
import { DRAFT_SUBJECTS } from '../lib/draft-problems';
import { DeclarationDialog } from './declaration-dialog';
import { DiscardDraftButton } from './discard-draft-button';
import { DraftFiles } from './draft-files';
import { NarrativeField, stayOnEnter } from './draft-fields';
import { OutcomePickerField } from '../../../components/outcome-picker';
import { SaveStatus } from './save-status';

export interface EvidenceEditorProps {
  userId: string;
  enrolmentId: string;
  /** The item as the server holds it; absent when adding a new one. */
  detail: EvidenceDetail | undefined;
  units: readonly Unit[];
  methodCodes: readonly CentreMethodCode[] | undefined;
  blank: EvidenceContent;
  onCreated: (detail: EvidenceDetail) => void;
  onSubmitted: (detail: EvidenceDetail) => void;
  onDiscarded: () => void;
}

/**
 * A draft of evidence: method, title, date, narrative, files and the outcomes it shows. It is
 * saved as the learner works and kept on the device until saved; submitting asks for the
 * declaration.
 */
export function EvidenceEditor({
  userId,
  enrolmentId,
  detail,
  units,
  methodCodes,
  blank,
  onCreated,
  onSubmitted,
  onDiscarded,
}: EvidenceEditorProps) {
  const fileCountRef = useRef(0);
  const uploadingRef = useRef(false);
  const [resolver] = useState(() =>
    resolverFrom<EvidenceContent>(
      // Files are not fields of the form, yet a file may stand in for the narrative. While a
      // file uploads nothing is checked: the learner is asked to wait instead.
      (values) =>
        uploadingRef.current
          ? []
          : submissionProblems({ ...values, fileCount: fileCountRef.current }),
      { subjects: DRAFT_SUBJECTS },
    ),
  );
  const { mutateAsync: create } = useCreateEvidence(enrolmentId);
  const { mutateAsync: save } = useSaveEvidence();
  const draft = useAutosavedDraft({
    kind: EVIDENCE_DRAFT,
    userId,
    enrolmentId,
    detail,
    blank,
    resolver,
    create,
    save: (id, content) => save({ id, content }),
    onCreated,
  });
  const { form, itemId } = draft;
  const title = useWatch({ control: form.control, name: 'title' });
  const uploads = useEvidenceUploads(draft.ensureItem);
  const stored = useEvidence(itemId ?? undefined);
  const current = stored.data ?? detail;
  const files = current?.current.files ?? [];
  const submit = useSubmitEvidence();
  const [declaring, setDeclaring] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mappingHeadingId = useId();
  useEffect(() => {
    fileCountRef.current = files.length;
    uploadingRef.current = uploads.isUploading;
  }, [files.length, uploads.isUploading]);

  const methodOptions = ASSESSMENT_METHOD_KEYS.map((method) => {
    const code =
      methodCodes?.find((entry) => entry.method === method)?.code ??
      ASSESSMENT_METHODS[method].code;
    return { id: method, label: `${code} – ${ASSESSMENT_METHODS[method].title}` };
  });

  function startSubmit() {
    if (uploads.isUploading) {
      setNotice('Wait for the uploads to finish, then submit.');
      return;
    }
    setNotice(null);
    setDialogError(null);
    setDeclaring(true);
  }

  async function declare() {
    setDialogError(null);
    const id = await draft.flush();
    if (!id) {
      setDialogError(
        'Your latest changes could not be saved, so nothing was submitted. Close this, check the message beside Submit, then try again.',
      );
      return;
    }
    submit.mutate(id, {
      onSuccess: (submitted) => {
        draft.submitted();
        setDeclaring(false);
        onSubmitted(submitted);
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED')) {
          setDeclaring(false);
          setNotice(describeError(error));
          draft.showSubmitProblems(error.errors);
        } else setDialogError(describeError(error));
      },
    });
  }

  return (
    <>
      <ValidatedForm
        form={form}
        onValid={startSubmit}
        isPending={submit.isPending}
        className="evidence-editor"
        aria-label="Evidence"
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
        <section aria-labelledby="about-evidence-heading" className="card">
          <h2 id="about-evidence-heading">About the evidence</h2>
          <div className="form">
            <FormSelectField
              control={form.control}
              name="method"
              label="Method"
              description="How the evidence was gathered. Its short code shows in your portfolio."
              options={methodOptions}
              isRequired
            />
            <FormTextField
              control={form.control}
              name="title"
              label="Title"
              description="A short name you will recognise, e.g. “Supervision of a new support worker”."
              maxLength={EVIDENCE_LIMITS.titleMaxLength}
              onKeyDown={stayOnEnter}
              isRequired
            />
            <FormTextField
              control={form.control}
              name="activityDate"
              label="Date of the activity"
              type="date"
              className="field--date"
              onKeyDown={stayOnEnter}
              isRequired
            />
            <NarrativeField
              control={form.control}
              label="Narrative"
              description="What you did, how, and what it shows. Leave it short if your files say it all."
            />
          </div>
        </section>

        <section aria-labelledby="files-heading" className="card">
          <h2 id="files-heading">Files</h2>
          <DraftFiles itemId={itemId} files={files} uploads={uploads} onProblem={setNotice} />
        </section>

        <section aria-labelledby={mappingHeadingId} className="card">
          <h2 id={mappingHeadingId}>Learning outcomes it shows</h2>
          <p className="muted">
            Open a unit and tick each learning outcome (or assessment criterion) this evidence
            shows. You can map outcomes in several units.
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
            <SubmitButton pendingLabel="Submitting…">Submit for assessment</SubmitButton>
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
      <DeclarationDialog
        isOpen={declaring}
        onOpenChange={setDeclaring}
        onDeclare={() => void declare()}
        isPending={submit.isPending}
        error={dialogError}
      />
    </>
  );
}
