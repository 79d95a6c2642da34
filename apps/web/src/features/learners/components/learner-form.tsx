import {
  CAMBRIDGE_GRADE_WORDS,
  CAMBRIDGE_GRADES,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  ENGLISH_TEST_IDS,
  ENGLISH_TESTS,
  LEARNER_FIELD_NAMES,
  type EnglishTest,
  type LearnerProfile,
} from '@signoff/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { RepeatableRows } from './repeatable-rows';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { describeError } from '../../../lib/error-messages';
import {
  newEnglishEvidence,
  newPriorQualification,
  toLearnerForm,
  toProfileRequest,
  type EnglishEvidenceForm,
  type LearnerForm as LearnerFormState,
} from '../lib/learner-form';

const TEST_OPTIONS = ENGLISH_TEST_IDS.map((test) => ({
  id: test,
  label: ENGLISH_TESTS[test].label,
}));
const GRADE_OPTIONS = CAMBRIDGE_GRADES.map((grade) => ({
  id: grade,
  label: CAMBRIDGE_GRADE_WORDS[grade],
}));

export interface LearnerCentre {
  centreId: string;
  centreName: string;
}

export type LearnerFormMode =
  { kind: 'create'; centres: readonly LearnerCentre[] } | { kind: 'edit'; profile: LearnerProfile };

export interface LearnerFormProps {
  mode: LearnerFormMode;
  /** Sends the form; the mutation's state is the caller's. */
  onSubmit: (form: ReturnType<typeof toProfileRequest>['request'], raw: LearnerFormState) => void;
  isPending: boolean;
  error: unknown;
  submitLabel: string;
}

/**
 * The whole learner profile: who they are, their employer, prior qualifications and English
 * results (as many as they have). Fields are named by their path in the request, so the API's
 * problems (`englishEvidence.0.overall`) land on the right field.
 */
export function LearnerForm({ mode, onSubmit, isPending, error, submitLabel }: LearnerFormProps) {
  const [form, setForm] = useState<LearnerFormState>(() =>
    mode.kind === 'edit'
      ? toLearnerForm(mode.profile, null)
      : toLearnerForm(null, mode.centres.length === 1 ? (mode.centres[0]?.centreId ?? null) : null),
  );
  const { errors, passes, clear, summary } = useFormErrors(error, LEARNER_FIELD_NAMES, {
    fullPaths: true,
  });
  const formRef = useRef<HTMLFormElement>(null);

  function set<K extends keyof LearnerFormState>(field: K, path: string) {
    return (value: LearnerFormState[K]) => {
      setForm((previous) => ({ ...previous, [field]: value }));
      clear(path);
    };
  }

  function focusField(name: string) {
    requestAnimationFrame(() => {
      const field = formRef.current?.elements.namedItem(name);
      if (field instanceof HTMLElement) field.focus();
    });
  }

  type RowList = 'priorQualifications' | 'englishEvidence';

  function editRow<L extends RowList>(
    list: L,
    index: number,
    change: Partial<LearnerFormState[L][number]>,
  ) {
    setForm((previous) => ({
      ...previous,
      [list]: previous[list].map((row, position) =>
        position === index ? { ...row, ...change } : row,
      ),
    }));
    for (const field of Object.keys(change)) clear(`${list}.${index}.${field}`);
  }

  function addRow<L extends RowList>(
    list: L,
    row: LearnerFormState[L][number],
    firstField: string,
  ) {
    const index = form[list].length;
    setForm((previous) => ({ ...previous, [list]: [...previous[list], row] }));
    focusField(`${list}.${index}.${firstField}`);
  }

  function removeRow(list: RowList, index: number) {
    // Rows after the removed one move up, so their problems no longer point at them.
    for (const path of Object.keys(errors)) if (path.startsWith(`${list}.`)) clear(path);
    setForm((previous) => ({
      ...previous,
      [list]: previous[list].filter((_row, position) => position !== index),
    }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const { request, problems } = toProfileRequest(form);
    if (mode.kind === 'create') {
      const found: Record<string, string> = {};
      if (form.email.trim() === '') found['email'] = 'Enter their email address.';
      if (form.centreId === null) found['centreId'] = 'Choose their centre.';
      Object.assign(found, problems);
      if (!passes(event.currentTarget, found)) return;
    } else if (!passes(event.currentTarget, problems)) return;
    onSubmit(request, form);
  }

  const alert = summary(() => (error ? describeError(error) : null));

  return (
    <Form
      ref={formRef}
      className="form learner-form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
    >
      <FormAlert message={alert} />

      <fieldset className="form-section">
        <legend className="form-section__legend">About the learner</legend>
        <div className="field-grid">
          {mode.kind === 'create' ? (
            <>
              <TextField
                label="Email address"
                description="They sign in with it."
                name="email"
                type="email"
                autoComplete="off"
                isRequired
                maxLength={EMAIL_MAX_LENGTH}
                value={form.email}
                onChange={set('email', 'email')}
              />
              {mode.centres.length > 1 ? (
                <SelectField
                  label="Centre"
                  name="centreId"
                  isRequired
                  options={mode.centres.map(({ centreId, centreName }) => ({
                    id: centreId,
                    label: centreName,
                  }))}
                  value={form.centreId}
                  onChange={set('centreId', 'centreId')}
                />
              ) : null}
            </>
          ) : null}
          <TextField
            label="Name"
            description="As others see it, e.g. Sam Patel."
            name="displayName"
            autoComplete="off"
            isRequired
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            value={form.displayName}
            onChange={set('displayName', 'displayName')}
          />
          <TextField
            label="Date of birth"
            name="dateOfBirth"
            type="date"
            isRequired
            className="field--number"
            value={form.dateOfBirth}
            onChange={set('dateOfBirth', 'dateOfBirth')}
          />
          <TextField
            label="Unique learner number (ULN)"
            description="Ten digits, if they have one."
            name="uln"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            className="field--number"
            value={form.uln}
            onChange={set('uln', 'uln')}
          />
          <TextField
            label="Years of relevant experience"
            description="Leave blank if not known."
            name="experienceYears"
            inputMode="decimal"
            className="field--number"
            value={form.experienceYears}
            onChange={set('experienceYears', 'experienceYears')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">Employer</legend>
        <p className="field-hint">Leave every employer field blank if they have none.</p>
        <div className="field-grid field-grid--halves">
          <TextField
            label="Employer"
            name="employer.organisation"
            autoComplete="off"
            maxLength={200}
            value={form.employerOrganisation}
            onChange={set('employerOrganisation', 'employer.organisation')}
          />
          <TextField
            label="Workplace"
            name="employer.workplace"
            autoComplete="off"
            maxLength={200}
            value={form.employerWorkplace}
            onChange={set('employerWorkplace', 'employer.workplace')}
          />
          <TextField
            label="Contact name"
            name="employer.contactName"
            autoComplete="off"
            maxLength={200}
            value={form.employerContactName}
            onChange={set('employerContactName', 'employer.contactName')}
          />
          <TextField
            label="Contact email"
            name="employer.contactEmail"
            type="email"
            autoComplete="off"
            maxLength={254}
            value={form.employerContactEmail}
            onChange={set('employerContactEmail', 'employer.contactEmail')}
          />
        </div>
      </fieldset>

      <RepeatableRows
        legend="Prior qualifications"
        rows={form.priorQualifications}
        rowNoun="prior qualification"
        addLabel="Add a prior qualification"
        onAdd={() => addRow('priorQualifications', newPriorQualification(), 'title')}
        onRemove={(index) => removeRow('priorQualifications', index)}
      >
        {(row, index) => (
          <>
            <TextField
              label="Title"
              name={`priorQualifications.${index}.title`}
              isRequired
              maxLength={300}
              value={row.title}
              onChange={(title) => editRow('priorQualifications', index, { title })}
            />
            <TextField
              label="Subject"
              name={`priorQualifications.${index}.subject`}
              maxLength={200}
              value={row.subject}
              onChange={(subject) => editRow('priorQualifications', index, { subject })}
            />
            <TextField
              label="Level"
              description="RQF 1 to 8"
              name={`priorQualifications.${index}.level`}
              inputMode="numeric"
              className="field--number"
              value={row.level}
              onChange={(level) => editRow('priorQualifications', index, { level })}
            />
            <TextField
              label="Year"
              description="e.g. 2019"
              name={`priorQualifications.${index}.year`}
              inputMode="numeric"
              className="field--number"
              value={row.year}
              onChange={(year) => editRow('priorQualifications', index, { year })}
            />
          </>
        )}
      </RepeatableRows>

      <RepeatableRows
        legend="English language results"
        rows={form.englishEvidence}
        rowNoun="English result"
        addLabel="Add an English result"
        onAdd={() => addRow('englishEvidence', newEnglishEvidence(), 'test')}
        onRemove={(index) => removeRow('englishEvidence', index)}
      >
        {(row, index) => (
          <>
            <SelectField
              label="Test"
              name={`englishEvidence.${index}.test`}
              isRequired
              options={TEST_OPTIONS}
              value={row.test}
              onChange={(test) =>
                editRow('englishEvidence', index, { test: test as EnglishTest | null })
              }
            />
            <EnglishResultFields
              row={row}
              index={index}
              onChange={(change) => editRow('englishEvidence', index, change)}
            />
            <TextField
              label="Where the proof is kept"
              description="e.g. certificate scanned to the learner file"
              name={`englishEvidence.${index}.proofLocation`}
              maxLength={300}
              value={row.proofLocation}
              onChange={(proofLocation) => editRow('englishEvidence', index, { proofLocation })}
            />
          </>
        )}
      </RepeatableRows>

      <Button type="submit" isPending={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </Button>
    </Form>
  );
}

function EnglishResultFields({
  row,
  index,
  onChange,
}: {
  row: EnglishEvidenceForm;
  index: number;
  onChange: (change: Partial<EnglishEvidenceForm>) => void;
}) {
  const at = `englishEvidence.${index}`;
  switch (row.test) {
    case null:
      return null;
    case 'ielts_academic':
      return (
        <>
          <TextField
            label="Overall band"
            description="0 to 9, e.g. 6.5"
            name={`${at}.overall`}
            inputMode="decimal"
            isRequired
            className="field--number"
            value={row.overall}
            onChange={(overall) => onChange({ overall })}
          />
          <TextField
            label="Lowest band"
            description="The lowest of the four"
            name={`${at}.lowestBand`}
            inputMode="decimal"
            isRequired
            className="field--number"
            value={row.lowestBand}
            onChange={(lowestBand) => onChange({ lowestBand })}
          />
        </>
      );
    case 'toefl_ibt':
    case 'pte_academic':
      return (
        <TextField
          label="Score"
          description={row.test === 'toefl_ibt' ? '0 to 120' : '10 to 90'}
          name={`${at}.score`}
          inputMode="decimal"
          isRequired
          className="field--number"
          value={row.score}
          onChange={(score) => onChange({ score })}
        />
      );
    case 'cambridge_b2_first':
      return (
        <SelectField
          label="Grade"
          name={`${at}.grade`}
          isRequired
          options={GRADE_OPTIONS}
          value={row.grade}
          onChange={(grade) => onChange({ grade: grade as EnglishEvidenceForm['grade'] })}
        />
      );
    case 'prior_education_in_english':
      return (
        <TextField
          label="Description"
          description="Where and when they were taught in English"
          name={`${at}.description`}
          isRequired
          maxLength={500}
          value={row.description}
          onChange={(description) => onChange({ description })}
        />
      );
  }
}
