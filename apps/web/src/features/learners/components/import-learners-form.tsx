import { LEARNER_IMPORT_LIMITS, type LearnerImportReport } from '@signoff/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DropZone, FileTrigger, Text } from 'react-aria-components';
import { useForm, useFormContext, type Control } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { FormSelectField, useFormField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { PasswordLinkBox } from '../../../components/password-link-box';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useImportLearners } from '../api/import-learners';
import { importProblems } from '../lib/import-problems';
import { learnerImportProblems, type LearnerImportAnswers } from '../lib/learner-import-form';
import type { LearnerCentre } from './learner-form';

const TOO_LARGE =
  `The file is too large: one import takes at most ${LEARNER_IMPORT_LIMITS.maxLearners.toLocaleString('en-GB')} learners and ` +
  `${LEARNER_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB. Split it into smaller files, each with the header row, and import each one.`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export interface ImportLearnersFormProps {
  centres: readonly LearnerCentre[];
}

/**
 * A CSV file of learners (and enrolments) sent as it is: all or nothing. Problems come back by
 * line and column and are listed so; on success each new learner's one-time password link is
 * shown once.
 */
export function ImportLearnersForm({ centres }: ImportLearnersFormProps) {
  const form = useForm<LearnerImportAnswers>({
    defaultValues: {
      centreId: centres.length === 1 ? (centres[0]?.centreId ?? null) : null,
      file: null,
    },
    resolver: resolverFrom((answers: LearnerImportAnswers) =>
      learnerImportProblems(answers, centres.length),
    ),
  });
  const importLearners = useImportLearners();
  const [sent, setSent] = useState<string | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  const problems = useMemo(
    () =>
      isApiError(importLearners.error, 'VALIDATION_FAILED')
        ? importProblems(importLearners.error.errors)
        : [],
    [importLearners.error],
  );

  useEffect(() => {
    if (problems.length > 0 || importLearners.data) reportRef.current?.focus();
  }, [problems, importLearners.data]);

  const otherError =
    importLearners.error && problems.length === 0
      ? isApiError(importLearners.error, 'PAYLOAD_TOO_LARGE')
        ? TOO_LARGE
        : describeError(importLearners.error)
      : null;
  const report: LearnerImportReport | undefined = importLearners.data;

  return (
    <>
      <section aria-labelledby="import-file-heading" className="card">
        <h2 id="import-file-heading">Choose the file</h2>
        <ValidatedForm
          form={form}
          onValid={({ centreId, file }) => {
            if (file === null) return;
            setSent(file.name);
            importLearners.mutate({
              csv: file.text,
              centreId: centres.length > 1 ? centreId : null,
            });
          }}
          isPending={importLearners.isPending}
          // One field at a time is asked for, each saying what to do.
          checksSummary={null}
          aria-label="Import learners"
        >
          {centres.length > 1 ? (
            <FormSelectField
              control={form.control}
              name="centreId"
              label="Centre"
              description="The learners join this centre."
              options={centres.map(({ centreId: id, centreName }) => ({ id, label: centreName }))}
            />
          ) : null}
          <CsvFileField control={form.control} onChosen={() => importLearners.reset()} />
          <SubmitButton pendingLabel="Importing…">Import learners</SubmitButton>
        </ValidatedForm>
      </section>

      <FormAlert message={otherError} />
      {importLearners.isPending ? <p role="status">Importing {sent}…</p> : null}

      {problems.length > 0 ? (
        <section aria-labelledby="import-problems-heading" className="card card--problem">
          <h2 id="import-problems-heading" ref={reportRef} tabIndex={-1}>
            {plural(problems.length, 'problem')} in {sent}
          </h2>
          <p>Nothing was stored. Correct the file, choose it again and import it.</p>
          <table className="table" role="table" aria-label="Problems by line and column">
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">
                  Line
                </th>
                <th role="columnheader" scope="col">
                  Column
                </th>
                <th role="columnheader" scope="col">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {problems.map((problem, index) => (
                <tr role="row" key={index}>
                  <td role="cell" data-label="Line">
                    {problem.line ?? '—'}
                  </td>
                  <td role="cell" data-label="Column">
                    {problem.column ? <code>{problem.column}</code> : 'the whole line'}
                  </td>
                  <td role="cell" data-label="Problem">
                    {problem.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {report ? (
        <section aria-labelledby="import-report-heading" className="card">
          <h2 id="import-report-heading" ref={reportRef} tabIndex={-1}>
            Imported {plural(report.learners, 'learner')} and{' '}
            {plural(report.enrolments, 'enrolment')}
          </h2>
          {report.passwordLinks.length > 0 ? (
            <>
              <p>
                Each new learner has a one-time link to set their password. Send each link to its
                learner privately: they will not be shown again.
              </p>
              <ul className="record-list">
                {report.passwordLinks.map((link) => (
                  <li key={link.email}>
                    <PasswordLinkBox link={link} personName={link.email} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.learners > report.passwordLinks.length ? (
            <p>
              {plural(report.learners - report.passwordLinks.length, 'learner')} already had an
              account at another centre, now added to yours: they sign in with the password they
              have, so there is no link to send.
            </p>
          ) : null}
          <p>
            <Link to="/learners">Back to all learners</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** The CSV file, chosen or dropped, read as text; one over the limit is refused at once. */
function CsvFileField({
  control,
  onChosen,
}: {
  control: Control<LearnerImportAnswers>;
  onChosen: () => void;
}) {
  const field = useFormField(control, 'file');
  const { setError } = useFormContext<LearnerImportAnswers>();
  const file = field.value;

  async function choose(chosen: File) {
    onChosen();
    if (chosen.size > LEARNER_IMPORT_LIMITS.maxBytes) {
      field.onChange(null);
      setError('file', { type: 'check', message: TOO_LARGE });
      return;
    }
    field.onChange({ name: chosen.name, text: await chosen.text() });
  }

  return (
    <>
      <DropZone
        className="drop-zone"
        aria-label="Drop a CSV file here"
        // Files often arrive without a type: the API says whether the content is right.
        getDropOperation={() => 'copy'}
        onDrop={(event) => {
          const item = event.items.find((candidate) => candidate.kind === 'file');
          if (item && item.kind === 'file') void item.getFile().then(choose);
        }}
      >
        <Text slot="label" className="drop-zone__text">
          {file ? (
            <>
              Chosen: <strong>{file.name}</strong>.
            </>
          ) : (
            'Drop a .csv file here, or'
          )}
        </Text>
        <FileTrigger
          acceptedFileTypes={['text/csv', '.csv']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen) void choose(chosen);
          }}
        >
          <Button ref={field.ref} variant="secondary">
            {file ? 'Choose another file' : 'Choose a CSV file'}
          </Button>
        </FileTrigger>
      </DropZone>
      {field.error ? (
        <p className="field__error" role="alert">
          {field.error}
        </p>
      ) : null}
    </>
  );
}
