import {
  ASSESSMENT_METHOD_KEYS,
  ASSESSMENT_METHODS,
  EVIDENCE_LIMITS,
  type AssessmentMethod,
  type EvidenceContent,
  type EvidenceDetail,
  type FieldError,
  type Unit,
} from '@signoff/contracts';
import { submissionProblems } from '@signoff/domain';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { ApiError, isApiError } from '../../../lib/api-client';
import { describeError, ERROR_MESSAGES, fieldErrorsOf } from '../../../lib/error-messages';
import { useEvidence } from '../api/get-evidence';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useRemoveEvidenceFile } from '../api/remove-evidence-file';
import { useSubmitEvidence } from '../api/submit-evidence';
import { useEvidenceDraft, type SaveState } from '../hooks/use-evidence-draft';
import { useEvidenceUploads } from '../hooks/use-evidence-uploads';
import { clearDraftCopy, draftCopyKey } from '../lib/draft-copy';
import { DeclarationDialog } from './declaration-dialog';
import { DiscardDraftButton } from './discard-draft-button';
import { EvidenceFileList } from './evidence-file-list';
import { FileUploader } from './file-uploader';
import { NarrativeEditor } from './narrative-editor';
import { OutcomePicker } from './outcome-picker';

const SUBJECTS: Record<string, string> = {
  title: 'Title',
  method: 'Method',
  activityDate: 'Date of the activity',
  narrative: 'Narrative',
  claims: 'Mapping',
  'claims.*': 'This claim',
  'claims.*.unit': 'The unit',
  'claims.*.outcome': 'The outcome',
  'claims.*.criterion': 'The criterion',
};

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });

interface PlacedProblems {
  fields: Record<string, string>;
  /** Problems with single claims, by the unit claimed. */
  units: Map<string, string>;
}

/** Problems by the field they belong to: `claims.3.outcome` goes to the unit of claim 3. */
function placeProblems(problems: readonly FieldError[], content: EvidenceContent): PlacedProblems {
  if (problems.length === 0) return { fields: {}, units: new Map() };
  const error = new ApiError(400, {
    code: 'VALIDATION_FAILED',
    message: ERROR_MESSAGES.VALIDATION_FAILED ?? '',
    errors: [...problems],
  });
  const byPath = fieldErrorsOf(error, SUBJECTS, { fullPaths: true });
  const fields: Record<string, string> = {};
  const units = new Map<string, string>();
  for (const [path, words] of Object.entries(byPath)) {
    const claim = /^claims\.(\d+)/.exec(path);
    const unit = claim ? content.claims[Number(claim[1])]?.unit : undefined;
    if (unit) units.set(unit, [units.get(unit), words].filter(Boolean).join(' '));
    else {
      const field = path.split('.')[0] ?? path;
      fields[field] = [fields[field], words].filter(Boolean).join(' ');
    }
  }
  return { fields, units };
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
  const draft = useEvidenceDraft({ userId, enrolmentId, detail, blank, onCreated });
  const { content, update, itemId } = draft;
  const uploads = useEvidenceUploads(draft.ensureItem);
  const stored = useEvidence(itemId ?? undefined);
  const current = stored.data ?? detail;
  const files = current?.current.files ?? [];
  const removeFile = useRemoveEvidenceFile();
  const submit = useSubmitEvidence();
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [declaring, setDeclaring] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const mappingHeadingId = useId();
  const narrativeId = useId();

  const problems = checked.length > 0 ? checked : draft.fieldProblems;
  const placed = useMemo(() => placeProblems(problems, content), [problems, content]);

  useEffect(() => {
    if (checked.length > 0) alertRef.current?.focus();
  }, [checked]);

  const methodOptions = ASSESSMENT_METHOD_KEYS.map((method) => {
    const code =
      methodCodes?.find((entry) => entry.method === method)?.code ??
      ASSESSMENT_METHODS[method].code;
    return { id: method, label: `${code} – ${ASSESSMENT_METHODS[method].title}` };
  });

  function clearProblem(field: string) {
    const remaining = (list: FieldError[]) =>
      list.filter((problem) => (problem.path.split('.')[0] ?? problem.path) !== field);
    setChecked(remaining);
    if (draft.fieldProblems.some((problem) => problem.path.startsWith(field)))
      draft.clearProblems();
  }

  function change<K extends keyof EvidenceContent>(field: K, value: EvidenceContent[K]) {
    update((previous) => ({ ...previous, [field]: value }));
    clearProblem(field);
  }

  function startSubmit() {
    if (uploads.isUploading) {
      setChecked([]);
      setFileError('Wait for the uploads to finish, then submit.');
      return;
    }
    setFileError(null);
    const found = submissionProblems({
      title: content.title,
      narrative: content.narrative,
      claims: content.claims,
      fileCount: files.length,
    });
    setChecked(found);
    if (found.length > 0) return;
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
        clearDraftCopy(draftCopyKey(userId, { itemId: submitted.id }));
        setDeclaring(false);
        onSubmitted(submitted);
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED')) {
          setDeclaring(false);
          setChecked(error.errors);
        } else setDialogError(describeError(error));
      },
    });
  }

  const summary =
    problems.length > 0
      ? `${ERROR_MESSAGES.VALIDATION_FAILED} ${Object.values(placed.fields).join(' ')} ${[...placed.units.entries()].map(([unit, words]) => `${unit}: ${words}`).join(' ')}`.trim()
      : (fileError ?? null);

  return (
    <div className="evidence-editor">
      {draft.restored ? (
        <StatusMessage>
          What you typed before is back from this device, and is being saved now.
        </StatusMessage>
      ) : null}
      <div ref={alertRef} tabIndex={-1} className="evidence-editor__alert">
        <FormAlert message={summary} />
      </div>

      <section aria-labelledby="about-evidence-heading" className="card">
        <h2 id="about-evidence-heading">About the evidence</h2>
        <div className="form">
          <SelectField
            label="Method"
            description="How the evidence was gathered. Its short code shows in your portfolio."
            options={methodOptions}
            value={content.method}
            onChange={(value) => {
              if (value) change('method', value as AssessmentMethod);
            }}
            isRequired
            isInvalid={Boolean(placed.fields['method'])}
            errorMessage={placed.fields['method']}
          />
          <TextField
            label="Title"
            name="title"
            description="A short name you will recognise, e.g. “Supervision of a new support worker”."
            value={content.title}
            maxLength={EVIDENCE_LIMITS.titleMaxLength}
            onChange={(value) => change('title', value)}
            isRequired
            isInvalid={Boolean(placed.fields['title'])}
            errorMessage={placed.fields['title']}
          />
          <TextField
            label="Date of the activity"
            name="activityDate"
            type="date"
            className="field--date"
            value={content.activityDate}
            onChange={(value) => change('activityDate', value)}
            isRequired
            isInvalid={Boolean(placed.fields['activityDate'])}
            errorMessage={placed.fields['activityDate']}
          />
          <NarrativeEditor
            id={narrativeId}
            label="Narrative"
            description="What you did, how, and what it shows. Leave it short if your files say it all."
            initialHtml={content.narrative}
            onChange={(html) => change('narrative', html)}
            errorMessage={placed.fields['narrative']}
          />
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
              setFileError(null);
              removeFile.mutate(
                { itemId, fileId: file.id },
                { onError: (error) => setFileError(describeError(error)) },
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
          Open a unit and tick each learning outcome (or assessment criterion) this evidence shows.
          You can map outcomes in several units.
        </p>
        <OutcomePicker
          labelledBy={mappingHeadingId}
          units={units}
          claims={content.claims}
          onChange={(claims) => change('claims', claims)}
          errorMessage={placed.fields['claims']}
          unitProblems={placed.units}
        />
      </section>

      <div className="editor__actions evidence-editor__actions">
        <SaveStatus state={draft.saveState} onRetry={() => void draft.flush()} />
        <div className="button-row">
          <Button onPress={startSubmit}>Submit for assessment</Button>
          {itemId && (current?.can.discard ?? true) ? (
            <DiscardDraftButton
              itemId={itemId}
              title={content.title}
              onDiscarded={() => {
                clearDraftCopy(draftCopyKey(userId, { itemId }));
                onDiscarded();
              }}
            />
          ) : null}
        </div>
      </div>

      <DeclarationDialog
        isOpen={declaring}
        onOpenChange={setDeclaring}
        onDeclare={() => void declare()}
        isPending={submit.isPending}
        error={dialogError}
      />
    </div>
  );
}
