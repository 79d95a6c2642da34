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
import { useWatch, type Control } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { FormSelectField, FormTextField, useFormField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useEvidence } from '../api/get-evidence';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useRemoveEvidenceFile } from '../api/remove-evidence-file';
import { useSubmitEvidence } from '../api/submit-evidence';
import { useEvidenceDraft } from '../hooks/use-evidence-draft';
import { useEvidenceUploads } from '../hooks/use-evidence-uploads';
import type { SaveState } from '../lib/autosave';
import { clearDraftCopy, draftCopyKey } from '../lib/draft-copy';
import { DRAFT_SUBJECTS } from '../lib/draft-problems';
import { DeclarationDialog } from './declaration-dialog';
import { DiscardDraftButton } from './discard-draft-button';
import { EvidenceFileList } from './evidence-file-list';
import { FileUploader } from './file-uploader';
import { NarrativeEditor } from './narrative-editor';
import { OutcomePickerField } from '../../../components/outcome-picker';

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });

/**
 * Enter in a field does not submit the draft: submitting is a declaration, pressed for on
 * purpose, and the draft saves by itself.
 */
function stayOnEnter(event: { key: string; preventDefault: () => void }) {
  if (event.key === 'Enter') event.preventDefault();
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const words =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved at ${TIME_FORMAT.format(state.at)}`
        : state.kind === 'waiting' || state.kind === 'failed'
          ? state.message
          : 'Changes are saved as you type.';
  return (
    <div className="save-status">
      <p
        role="status"
        className={
          state.kind === 'failed'
            ? 'save-status__text save-status__text--failed'
            : 'save-status__text'
        }
      >
        {words}
      </p>
      {state.kind === 'failed' && !isApiError(state.error, 'UNAUTHENTICATED') ? (
        <Button variant="secondary" className="button--small" onPress={onRetry}>
          Try saving again
        </Button>
      ) : null}
    </div>
  );
}

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
  const draft = useEvidenceDraft({ userId, enrolmentId, detail, blank, resolver, onCreated });
  const { form, itemId } = draft;
  const title = useWatch({ control: form.control, name: 'title' });
  const uploads = useEvidenceUploads(draft.ensureItem);
  const stored = useEvidence(itemId ?? undefined);
  const current = stored.data ?? detail;
  const files = current?.current.files ?? [];
  const removeFile = useRemoveEvidenceFile();
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
            <NarrativeField control={form.control} />
          </div>
        </section>

        <section aria-labelledby="files-heading" className="card">
          <h2 id="files-heading">Files</h2>
          {files.length > 0 ? (
            <EvidenceFileList
              files={files}
              label="Files on this draft"
              removing={removeFile.isPending ? (removeFile.variables?.fileId ?? null) : null}
              onRemove={(file) => {
                if (!itemId) return;
                setNotice(null);
                removeFile.mutate(
                  { itemId, fileId: file.id },
                  { onError: (error) => setNotice(describeError(error)) },
                );
              }}
            />
          ) : (
            <p className="muted">No files yet.</p>
          )}
          <FileUploader
            uploads={uploads.uploads}
            onAdd={uploads.add}
            onRetry={uploads.retry}
            onCancel={uploads.cancel}
            onDismiss={uploads.dismiss}
            announcement={uploads.announcement}
            maxBytes={uploads.maxBytes}
          />
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

/** The narrative, bound to the form: react-hook-form focuses its editable region when at fault. */
function NarrativeField({ control }: { control: Control<EvidenceContent> }) {
  const narrative = useFormField(control, 'narrative');
  const id = useId();
  const { ref } = narrative;
  useEffect(() => ref({ focus: () => document.getElementById(id)?.focus() }), [ref, id]);
  return (
    <NarrativeEditor
      id={id}
      label="Narrative"
      description="What you did, how, and what it shows. Leave it short if your files say it all."
      initialHtml={narrative.value}
      onChange={narrative.onChange}
      errorMessage={narrative.error}
    />
  );
}
