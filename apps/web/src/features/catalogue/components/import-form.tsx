import type { ImportQualificationResponse } from '@signoff/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DropZone, FileTrigger, Text } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { FormTextAreaField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useImportQualification } from '../api/import-qualification';
import {
  parseImportDocument,
  pastedDocumentProblems,
  type PastedDocumentAnswers,
} from '../lib/import-document';
import { placeProblems } from '../lib/problem-places';
import { DocumentProblemsView, documentPlaces } from './document-problems-view';
import { ProblemSummary } from './problem-summary';

/** What was last sent, so the problems can be shown against it. */
interface Attempt {
  document: unknown;
  from: string;
}

export interface ImportFormProps {
  onImported: (response: ImportQualificationResponse) => void;
}

/**
 * A catalogue file chosen, dropped or pasted is checked to be JSON here, then sent as it is: the
 * API checks the format and answers with every problem by path, shown against the document.
 */
export function ImportForm({ onImported }: ImportFormProps) {
  const form = useForm<PastedDocumentAnswers>({
    defaultValues: { document: '' },
    resolver: resolverFrom(pastedDocumentProblems),
  });
  const notJson = Boolean(form.formState.errors.document);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const importQualification = useImportQualification();
  const summaryRef = useRef<HTMLDivElement>(null);

  const problems = useMemo(
    () =>
      isApiError(importQualification.error, 'VALIDATION_FAILED')
        ? importQualification.error.errors
        : [],
    [importQualification.error],
  );
  const placed = useMemo(
    () => placeProblems(problems, documentPlaces(attempt?.document)),
    [problems, attempt],
  );

  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);

  function send(content: string, from: string) {
    if (importQualification.isPending) return;
    const { document, problem } = parseImportDocument(content, from);
    if (problem !== null) {
      importQualification.reset();
      setAttempt(null);
      form.setError('document', { type: 'check', message: problem }, { shouldFocus: true });
      return;
    }
    setAttempt({ document, from });
    importQualification.mutate(document, { onSuccess: onImported });
  }

  async function sendFile(file: File) {
    const content = await file.text();
    form.setValue('document', content);
    form.clearErrors('document');
    send(content, file.name);
  }

  const otherError =
    importQualification.error && problems.length === 0
      ? describeError(importQualification.error)
      : null;

  return (
    <>
      <section aria-labelledby="choose-file-heading" className="card">
        <h2 id="choose-file-heading">Choose a catalogue file</h2>
        <DropZone
          className="drop-zone"
          aria-label="Drop a JSON file here"
          // Files often arrive without a type: whether it is JSON is checked on reading.
          getDropOperation={() => 'copy'}
          onDrop={(event) => {
            const item = event.items.find((candidate) => candidate.kind === 'file');
            if (item && item.kind === 'file') void item.getFile().then(sendFile);
          }}
        >
          <Text slot="label" className="drop-zone__text">
            Drop a .json file here, or
          </Text>
          <FileTrigger
            acceptedFileTypes={['application/json', '.json']}
            onSelect={(files) => {
              const file = files?.[0];
              if (file) void sendFile(file);
            }}
          >
            <Button variant="secondary" isPending={importQualification.isPending}>
              Choose a JSON file
            </Button>
          </FileTrigger>
        </DropZone>
        <p className="muted">
          The file is imported as a draft. Nothing is stored if it does not match the catalogue
          format.
        </p>
      </section>

      <FormAlert message={otherError ?? (notJson ? 'That is not JSON.' : null)} />
      {importQualification.isPending ? <p role="status">Importing {attempt?.from}…</p> : null}

      {problems.length > 0 && attempt ? (
        <>
          <ProblemSummary
            ref={summaryRef}
            title={`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${attempt.from}`}
            intro="Nothing was stored. Correct the file and choose it again, or correct the JSON below and import it."
            placed={placed}
            document={attempt.document}
          />
          <section aria-labelledby="as-sent-heading" className="card document-card">
            <h2 id="as-sent-heading">The qualification as sent</h2>
            <DocumentProblemsView document={attempt.document} problems={problems} placed={placed} />
          </section>
        </>
      ) : null}

      <section aria-labelledby="paste-heading" className="card">
        <h2 id="paste-heading">Or paste the JSON</h2>
        <ValidatedForm
          form={form}
          onValid={({ document }) => send(document, 'the pasted JSON')}
          isPending={importQualification.isPending}
          // The field says what is wrong, and the alert above the problems that it is not JSON.
          checksSummary={null}
        >
          <FormTextAreaField
            control={form.control}
            label="Qualification JSON"
            description="A chosen file appears here too, so you can correct it and import again."
            name="document"
            rows={12}
            inputClassName="field__input--code"
            spellCheck="false"
          />
          <SubmitButton pendingLabel="Importing…">Import this JSON</SubmitButton>
        </ValidatedForm>
      </section>
    </>
  );
}
