import {
  OVERRIDE_REASON_MAX_LENGTH,
  OVERRIDE_REASON_MIN_LENGTH,
  type EnrolmentDetail,
  type EntryCheck,
  type LearnerProfile,
} from '@signoff/contracts';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import {
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { isApiError } from '../../../lib/api-client';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useCheckEntry } from '../api/check-entry';
import { useCreateEnrolment } from '../api/create-enrolment';
import { useCentreStaff } from '../api/get-centre-staff';
import {
  usePublishedQualifications,
  useQualificationVersion,
} from '../api/get-enrolment-qualifications';
import {
  enrolProblems,
  toEnrolmentRequest,
  type EnrolAnswers,
  type EnrolStep,
} from '../lib/enrolment-forms';
import { EntryCheckView } from './entry-check-view';

const WORDING = {
  subjects: {
    qualificationId: 'Qualification',
    pathway: 'Pathway',
    startDate: 'Start date',
    plannedEndDate: 'Planned end date',
    registrationNumber: 'Registration number',
    assessorId: 'Assessor',
    iqaId: 'IQA',
    overrideReason: 'The reason',
    plannedUnits: 'Planned units',
  },
};

const EMPTY: EnrolAnswers = {
  qualificationId: null,
  pathway: null,
  startDate: '',
  plannedEndDate: '',
  registrationNumber: '',
  assessorId: null,
  iqaId: null,
  overrideReason: '',
};

/** The fields the entry check depends on: changing one asks for the check again. */
const CHECKED_FIELDS: readonly string[] = ['qualificationId', 'startDate'];

function describeRefusal(error: unknown): string | null {
  if (isApiError(error, 'ENTRY_REQUIREMENTS_NOT_MET'))
    return `${describeError(error)} Write the reason below, then confirm.`;
  return describeError(error);
}

export interface EnrolFormProps {
  learner: LearnerProfile;
  onEnrolled: (enrolment: EnrolmentDetail) => void;
}

/**
 * Enrolling is two steps: the details, then the entry requirements checked against the learner
 * on the start date, shown before anything is stored. An unmet requirement needs a written
 * reason to override it.
 */
export function EnrolForm({ learner, onEnrolled }: EnrolFormProps) {
  const [check, setCheck] = useState<EntryCheck | null>(null);
  const qualifications = usePublishedQualifications();
  const staff = useCentreStaff(learner.centreId);
  const checkEntry = useCheckEntry();
  const createEnrolment = useCreateEnrolment();
  const refusedEntry = isApiError(createEnrolment.error, 'ENTRY_REQUIREMENTS_NOT_MET');
  const needsOverride = Boolean(check?.blocking) || refusedEntry;
  const form = useForm<EnrolAnswers>({
    defaultValues: EMPTY,
    resolver: resolverFrom((answers: EnrolAnswers) => enrolProblems(answers, enrolStep()), WORDING),
  });
  const qualificationId = useWatch({ control: form.control, name: 'qualificationId' });
  const startDate = useWatch({ control: form.control, name: 'startDate' });
  const chosen = qualifications.data?.find((qualification) => qualification.id === qualificationId);
  const qualification = useQualificationVersion(qualificationId, chosen?.publishedVersion ?? null);
  const checkHeadingRef = useRef<HTMLHeadingElement>(null);
  const qualificationDocument = qualification.data?.version.document ?? null;
  const { reset: resetCheck } = checkEntry;
  const { reset: resetCreate } = createEnrolment;

  /** What the checks need besides the answers, as of the latest render (read on submit). */
  function enrolStep(): EnrolStep {
    return {
      learnerId: learner.id,
      document: qualificationDocument,
      needsOverride: check !== null && needsOverride,
    };
  }

  useEffect(() => {
    if (check) checkHeadingRef.current?.focus();
  }, [check]);

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name === undefined || !CHECKED_FIELDS.includes(name)) return;
      // A pathway belongs to its qualification.
      if (name === 'qualificationId') form.setValue('pathway', null);
      setCheck(null);
      resetCheck();
      resetCreate();
    });
    return () => subscription.unsubscribe();
  }, [form, resetCheck, resetCreate]);

  function runCheck() {
    const { qualificationId: chosenId, startDate: start } = form.getValues();
    if (chosenId === null) return;
    createEnrolment.reset();
    checkEntry.mutate(
      { learnerId: learner.id, qualificationId: chosenId, startDate: start },
      { onSuccess: setCheck },
    );
  }

  function enrol(answers: EnrolAnswers) {
    if (!check) {
      runCheck();
      return;
    }
    createEnrolment.mutate(toEnrolmentRequest(answers, enrolStep()), {
      onSuccess: onEnrolled,
      onError: (error) => {
        // The requirements or the record changed since the check: show it afresh.
        if (isApiError(error, 'ENTRY_REQUIREMENTS_NOT_MET')) runCheck();
      },
    });
  }

  const staffOptions = (role: 'assessors' | 'iqas') =>
    (staff.data?.[role] ?? []).map((person) => ({
      id: person.id,
      label: `${person.displayName} (${person.email})`,
    }));

  return (
    <ValidatedForm
      form={form}
      onValid={enrol}
      isPending={checkEntry.isPending || createEnrolment.isPending}
      serverError={createEnrolment.error ?? checkEntry.error}
      wording={WORDING}
      describeServerError={describeRefusal}
      className="form enrol-form"
    >
      <section aria-labelledby="enrol-details-heading" className="card">
        <h2 id="enrol-details-heading">1. The enrolment</h2>
        {qualifications.isError ? (
          <FormAlert message={describeError(qualifications.error)} />
        ) : null}
        {staff.isError ? <FormAlert message={describeError(staff.error)} /> : null}
        <div className="field-grid field-grid--halves">
          <FormSelectField
            control={form.control}
            label="Qualification"
            description="Learners are enrolled on its newest published version."
            name="qualificationId"
            isRequired
            placeholder={qualifications.isPending ? 'Loading…' : 'Choose a qualification'}
            options={(qualifications.data ?? []).map((option) => ({
              id: option.id,
              label: `${option.title} (version ${option.publishedVersion ?? ''})`,
            }))}
            className="field-grid__wide"
          />
          {qualificationDocument && qualificationDocument.pathways.length > 0 ? (
            <FormSelectField
              control={form.control}
              label="Pathway"
              name="pathway"
              isRequired
              options={qualificationDocument.pathways.map((pathway) => ({
                id: pathway.code,
                label: pathway.title,
              }))}
              className="field-grid__wide"
            />
          ) : null}
          <FormTextField
            control={form.control}
            label="Start date"
            name="startDate"
            type="date"
            isRequired
          />
          <FormTextField
            control={form.control}
            label="Planned end date"
            name="plannedEndDate"
            type="date"
            isRequired
          />
          <FormTextField
            control={form.control}
            label="Registration number"
            description="From the awarding body, if it has been issued."
            name="registrationNumber"
            autoComplete="off"
            maxLength={60}
            className="field-grid__wide"
          />
          <FormSelectField
            control={form.control}
            label="Assessor"
            name="assessorId"
            isRequired
            placeholder={staff.isPending ? 'Loading…' : 'Choose the assessor'}
            description={
              staff.data && staff.data.assessors.length === 0
                ? 'Nobody at the centre holds the assessor role yet: give someone the role on the Users page.'
                : undefined
            }
            options={staffOptions('assessors')}
          />
          <FormSelectField
            control={form.control}
            label="IQA"
            name="iqaId"
            isRequired
            placeholder={staff.isPending ? 'Loading…' : 'Choose the IQA'}
            description={
              staff.data && staff.data.iqas.length === 0
                ? 'Nobody at the centre holds the IQA role yet: give someone the role on the Users page.'
                : 'A different person from the assessor.'
            }
            options={staffOptions('iqas')}
          />
        </div>
        {check ? null : (
          <SubmitButton isPending={checkEntry.isPending} pendingLabel="Checking…">
            Check entry requirements
          </SubmitButton>
        )}
      </section>

      {check ? (
        <section aria-labelledby="entry-check-heading" className="card">
          <h2 id="entry-check-heading" ref={checkHeadingRef} tabIndex={-1}>
            2. Entry requirements
          </h2>
          <p className="muted">
            {learner.displayName} against {chosen?.title ?? 'the qualification'} on{' '}
            {formatDay(startDate)}.
          </p>
          <EntryCheckView check={check} />
          {needsOverride ? (
            <FormTextAreaField
              control={form.control}
              label="Reason for enrolling them anyway"
              description={`Required to override an unmet requirement: ${OVERRIDE_REASON_MIN_LENGTH} to ${OVERRIDE_REASON_MAX_LENGTH} characters. It is kept with the enrolment and in the audit trail.`}
              name="overrideReason"
              isRequired
              maxLength={OVERRIDE_REASON_MAX_LENGTH}
              rows={4}
            />
          ) : null}
          <div className="button-row">
            <SubmitButton isPending={createEnrolment.isPending} pendingLabel="Enrolling…">
              {needsOverride ? 'Override and enrol' : 'Confirm enrolment'}
            </SubmitButton>
            <Button variant="secondary" isPending={checkEntry.isPending} onPress={() => runCheck()}>
              Check again
            </Button>
          </div>
        </section>
      ) : null}
    </ValidatedForm>
  );
}
