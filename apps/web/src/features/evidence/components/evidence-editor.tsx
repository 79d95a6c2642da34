import {
  ASSESSMENT_METHOD_KEYS,
  ASSESSMENT_METHODS,
  type EvidenceContent,
  type EvidenceDetail,
  type Unit,
} from '@signoff/contracts';
import { submissionProblems } from '@signoff/domain';
import { useState } from 'react';
import { FormSelectField } from '../../../components/form/form-fields';
import { ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useCreateEvidence } from '../api/create-evidence';
import type { CentreMethodCode } from '../api/get-method-codes';
import { useSaveEvidence } from '../api/save-evidence';
import { useSubmitEvidence } from '../api/submit-evidence';
import { EVIDENCE_DRAFT } from '../lib/draft-kinds';
import { DRAFT_SUBJECTS } from '../lib/draft-problems';
import { DeclarationDialog } from './declaration-dialog';
import { useDraftWithFiles } from '../hooks/use-draft-with-files';
import { DraftFiles } from './draft-files';
import { DraftActions, DraftStatus, OutcomesSection } from './draft-sections';
import { DraftTitleField, DraftWhenField, NarrativeField } from './draft-fields';

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
  const { mutateAsync: create } = useCreateEvidence(enrolmentId);
  const { mutateAsync: save } = useSaveEvidence();
  const draft = useDraftWithFiles({
    kind: EVIDENCE_DRAFT,
    userId,
    enrolmentId,
    detail,
    blank,
    check: (values, fileCount) => submissionProblems({ ...values, fileCount }),
    subjects: DRAFT_SUBJECTS,
    create,
    save: (id, content) => save({ id, content }),
    onCreated,
  });
  const { form, itemId, uploads, files } = draft;
  const submit = useSubmitEvidence();
  const [declaring, setDeclaring] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
        status={<DraftStatus notice={notice} restored={draft.restored} />}
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
            <DraftTitleField
              control={form.control}
              description="A short name you will recognise, e.g. “Supervision of a new support worker”."
            />
            <DraftWhenField
              control={form.control}
              name="activityDate"
              label="Date of the activity"
              type="date"
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

        <OutcomesSection
          heading="Learning outcomes it shows"
          control={form.control}
          units={units}
          draft={draft}
        >
          Open a unit and tick each learning outcome (or assessment criterion) this evidence shows.
          You can map outcomes in several units.
        </OutcomesSection>

        <DraftActions
          draft={draft}
          userId={userId}
          submitLabel="Submit for assessment"
          pendingLabel="Submitting…"
          onDiscarded={onDiscarded}
        />
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
