import {
  CAMBRIDGE_GRADE_WORDS,
  CAMBRIDGE_GRADES,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  ENGLISH_TEST_IDS,
  ENGLISH_TESTS,
  LEARNER_FIELD_NAMES,
  type CreateLearnerRequest,
  type LearnerProfile,
  type LearnerProfileRequest,
  type ScoreRange,
} from '@signoff/contracts';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { FormSelectField, FormTextField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { RepeatableRows } from './repeatable-rows';
import {
  newEnglishEvidence,
  newPriorQualification,
  toLearnerForm,
  toNewLearnerRequest,
  toProfileRequest,
  type LearnerForm as LearnerFormState,
} from '../lib/learner-form';

/** The employer is one object in the request and four fields in the form. */
const WORDING = {
  subjects: LEARNER_FIELD_NAMES,
  fullPaths: true,
  fieldNames: {
    'employer.organisation': 'employerOrganisation',
    'employer.workplace': 'employerWorkplace',
    'employer.contactName': 'employerContactName',
    'employer.contactEmail': 'employerContactEmail',
  },
};

const TEST_OPTIONS = ENGLISH_TEST_IDS.map((test) => ({
  id: test,
  label: ENGLISH_TESTS[test].label,
}));

/** "0 to 9, e.g. 6.5": a score's range as the test sets it. */
function rangeInWords(range: ScoreRange | null, example?: string): string | undefined {
  if (range === null) return undefined;
  const words = `${range.min} to ${range.max}`;
  return example === undefined ? words : `${words}, e.g. ${example}`;
}
const GRADE_OPTIONS = CAMBRIDGE_GRADES.map((grade) => ({
  id: grade,
  label: CAMBRIDGE_GRADE_WORDS[grade],
}));

export interface LearnerCentre {
  centreId: string;
  centreName: string;
}

/** Adding a learner or changing their record; `onSubmit` sends the request, whose state is the caller's. */
export type LearnerFormMode =
  | {
      kind: 'create';
      centres: readonly LearnerCentre[];
      onSubmit: (request: CreateLearnerRequest) => void;
    }
  | { kind: 'edit'; profile: LearnerProfile; onSubmit: (request: LearnerProfileRequest) => void };

export interface LearnerFormProps {
  mode: LearnerFormMode;
  isPending: boolean;
  error: unknown;
  submitLabel: string;
}

/**
 * The whole learner profile: who they are, their employer, prior qualifications and English
 * results (as many as they have). Fields are named by their path in the request, so the API's
 * problems (`englishEvidence.0.overall`) land on the right field.
 */
export function LearnerForm({ mode, isPending, error, submitLabel }: LearnerFormProps) {
  const form = useForm<LearnerFormState>({
    defaultValues:
      mode.kind === 'edit'
        ? toLearnerForm(mode.profile, null)
        : toLearnerForm(
            null,
            mode.centres.length === 1 ? (mode.centres[0]?.centreId ?? null) : null,
          ),
    resolver: resolverFrom(
      (values: LearnerFormState) =>
        (mode.kind === 'create' ? toNewLearnerRequest(values) : toProfileRequest(values)).problems,
      WORDING,
    ),
  });
  const { control } = form;
  const qualifications = useFieldArray({ control, name: 'priorQualifications' });
  const englishResults = useFieldArray({ control, name: 'englishEvidence' });

  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        mode.kind === 'create'
          ? mode.onSubmit(toNewLearnerRequest(values).request)
          : mode.onSubmit(toProfileRequest(values).request)
      }
      isPending={isPending}
      serverError={error}
      wording={WORDING}
      className="form learner-form"
    >
      <fieldset className="form-section">
        <legend className="form-section__legend">About the learner</legend>
        <div className="field-grid">
          {mode.kind === 'create' ? (
            <>
              <FormTextField
                control={control}
                label="Email address"
                description="They sign in with it."
                name="email"
                type="email"
                autoComplete="off"
                isRequired
                maxLength={EMAIL_MAX_LENGTH}
              />
              {mode.centres.length > 1 ? (
                <FormSelectField
                  control={control}
                  label="Centre"
                  name="centreId"
                  isRequired
                  options={mode.centres.map(({ centreId, centreName }) => ({
                    id: centreId,
                    label: centreName,
                  }))}
                />
              ) : null}
            </>
          ) : null}
          <FormTextField
            control={control}
            label="Name"
            description="As others see it, e.g. Sam Patel."
            name="displayName"
            autoComplete="off"
            isRequired
            maxLength={DISPLAY_NAME_MAX_LENGTH}
          />
          <FormTextField
            control={control}
            label="Date of birth"
            name="dateOfBirth"
            type="date"
            isRequired
            className="field--number"
          />
          <FormTextField
            control={control}
            label="Unique learner number (ULN)"
            description="Ten digits, if they have one."
            name="uln"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            className="field--number"
          />
          <FormTextField
            control={control}
            label="Years of relevant experience"
            description="Leave blank if not known."
            name="experienceYears"
            inputMode="decimal"
            className="field--number"
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">Employer</legend>
        <p className="field-hint">Leave every employer field blank if they have none.</p>
        <div className="field-grid field-grid--halves">
          <FormTextField
            control={control}
            label="Employer"
            name="employerOrganisation"
            autoComplete="off"
            maxLength={200}
          />
          <FormTextField
            control={control}
            label="Workplace"
            name="employerWorkplace"
            autoComplete="off"
            maxLength={200}
          />
          <FormTextField
            control={control}
            label="Contact name"
            name="employerContactName"
            autoComplete="off"
            maxLength={200}
          />
          <FormTextField
            control={control}
            label="Contact email"
            name="employerContactEmail"
            type="email"
            autoComplete="off"
            maxLength={254}
          />
        </div>
      </fieldset>

      <RepeatableRows
        legend="Prior qualifications"
        rows={qualifications.fields}
        rowNoun="prior qualification"
        addLabel="Add a prior qualification"
        onAdd={() =>
          qualifications.append(newPriorQualification(), {
            focusName: `priorQualifications.${qualifications.fields.length}.title`,
          })
        }
        onRemove={qualifications.remove}
      >
        {(_row, index) => (
          <>
            <FormTextField
              control={control}
              label="Title"
              name={`priorQualifications.${index}.title`}
              isRequired
              maxLength={300}
            />
            <FormTextField
              control={control}
              label="Subject"
              name={`priorQualifications.${index}.subject`}
              maxLength={200}
            />
            <FormTextField
              control={control}
              label="Level"
              description="RQF 1 to 8"
              name={`priorQualifications.${index}.level`}
              inputMode="numeric"
              className="field--number"
            />
            <FormTextField
              control={control}
              label="Year"
              description="e.g. 2019"
              name={`priorQualifications.${index}.year`}
              inputMode="numeric"
              className="field--number"
            />
          </>
        )}
      </RepeatableRows>

      <RepeatableRows
        legend="English language results"
        rows={englishResults.fields}
        rowNoun="English result"
        addLabel="Add an English result"
        onAdd={() =>
          englishResults.append(newEnglishEvidence(), {
            focusName: `englishEvidence.${englishResults.fields.length}.test`,
          })
        }
        onRemove={englishResults.remove}
      >
        {(_row, index) => (
          <>
            <FormSelectField
              control={control}
              label="Test"
              name={`englishEvidence.${index}.test`}
              isRequired
              options={TEST_OPTIONS}
            />
            <EnglishResultFields control={control} index={index} />
            <FormTextField
              control={control}
              label="Where the proof is kept"
              description="e.g. certificate scanned to the learner file"
              name={`englishEvidence.${index}.proofLocation`}
              maxLength={300}
            />
          </>
        )}
      </RepeatableRows>

      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}

/** The result's own fields, which depend on the test taken. */
function EnglishResultFields({
  control,
  index,
}: {
  control: Control<LearnerFormState>;
  index: number;
}) {
  const at = `englishEvidence.${index}` as const;
  const test = useWatch({ control, name: `${at}.test` });
  switch (test) {
    case null:
      return null;
    case 'ielts_academic':
      return (
        <>
          <FormTextField
            control={control}
            label="Overall band"
            description={rangeInWords(ENGLISH_TESTS.ielts_academic.range, '6.5')}
            name={`${at}.overall`}
            inputMode="decimal"
            isRequired
            className="field--number"
          />
          <FormTextField
            control={control}
            label="Lowest band"
            description="The lowest of the four"
            name={`${at}.lowestBand`}
            inputMode="decimal"
            isRequired
            className="field--number"
          />
        </>
      );
    case 'toefl_ibt':
    case 'pte_academic':
      return (
        <FormTextField
          control={control}
          label="Score"
          description={rangeInWords(ENGLISH_TESTS[test].range)}
          name={`${at}.score`}
          inputMode="decimal"
          isRequired
          className="field--number"
        />
      );
    case 'cambridge_b2_first':
      return (
        <FormSelectField
          control={control}
          label="Grade"
          name={`${at}.grade`}
          isRequired
          options={GRADE_OPTIONS}
        />
      );
    case 'prior_education_in_english':
      return (
        <FormTextField
          control={control}
          label="Description"
          description="Where and when they were taught in English"
          name={`${at}.description`}
          isRequired
          maxLength={500}
        />
      );
  }
}
