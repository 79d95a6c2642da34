import type { ImportQualificationResponse } from '@signoff/contracts';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { DropZone, FileTrigger, Form, Text } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { TextAreaField } from '../../../components/text-area-field';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useImportQualification } from '../api/import-qualification';
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
  const [text, setText] = useState('');
  const [notJson, setNotJson] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const importQualification = useImportQualification();
  const summaryRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

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
    let document: unknown;
    try {
      document = JSON.parse(content);
    } catch (error) {
      importQualification.reset();
      setAttempt(null);
      const detail = error instanceof Error ? ` (${error.message})` : '';
      const subject = from.charAt(0).toUpperCase() + from.slice(1);
      setNotJson(
        `${subject} is not JSON${detail}. Check it is the catalogue file, or correct it below.`,
      );
      textRef.current?.focus();
      return;
    }
    setNotJson(null);
    setAttempt({ document, from });
    importQualification.mutate(document, { onSuccess: onImported });
  }

  async function sendFile(file: File) {
    const content = await file.text();
    setText(content);
    send(content, file.name);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === '') {
      setNotJson('Paste the JSON of a qualification, or choose a file above.');
      textRef.current?.focus();
      return;
    }
    send(text, 'the pasted JSON');
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
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <TextAreaField
            inputRef={textRef}
            label="Qualification JSON"
            description="A chosen file appears here too, so you can correct it and import again."
            name="document"
            rows={12}
            inputClassName="field__input--code"
            value={text}
            onChange={(value) => {
              setText(value);
              setNotJson(null);
            }}
            isInvalid={Boolean(notJson)}
            errorMessage={notJson ?? undefined}
            spellCheck="false"
          />
          <Button type="submit" isPending={importQualification.isPending}>
            {importQualification.isPending ? 'Importing…' : 'Import this JSON'}
          </Button>
        </Form>
      </section>
    </>
  );
}
