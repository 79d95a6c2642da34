import type { EnrolmentDetail, EntryCheck, LearnerProfile } from '@signoff/contracts';
import { plannedEndDateProblems, staffingProblems } from '@signoff/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useFormErrors, type FieldErrors } from '../../../hooks/use-form-errors';
import { isApiError } from '../../../lib/api-client';
import { formatDay } from '../../../lib/dates';
import { describeError, describeFieldErrors } from '../../../lib/error-messages';
import { useCheckEntry } from '../api/check-entry';
import { useCreateEnrolment } from '../api/create-enrolment';
import { useCentreStaff } from '../api/get-centre-staff';
import {
  usePublishedQualifications,
  useQualificationVersion,
} from '../api/get-enrolment-qualifications';
import { EntryCheckView } from './entry-check-view';

const SUBJECTS = {
  qualificationId: 'Qualification',
  pathway: 'Pathway',
  startDate: 'Start date',
  plannedEndDate: 'Planned end date',
  registrationNumber: 'Registration number',
  assessorId: 'Assessor',
  iqaId: 'IQA',
  overrideReason: 'The reason',
  plannedUnits: 'Planned units',
} as const;

export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 2000;

interface EnrolFields {
  qualificationId: string | null;
  pathway: string | null;
  startDate: string;
  plannedEndDate: string;
  registrationNumber: string;
  assessorId: string | null;
  iqaId: string | null;
  overrideReason: string;
}

const EMPTY: EnrolFields = {
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
const CHECKED_FIELDS: readonly (keyof EnrolFields)[] = ['qualificationId', 'startDate'];

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
  const [fields, setFields] = useState<EnrolFields>(EMPTY);
  const [check, setCheck] = useState<EntryCheck | null>(null);
  const qualifications = usePublishedQualifications();
  const chosen = qualifications.data?.find(
    (qualification) => qualification.id === fields.qualificationId,
  );
  const qualification = useQualificationVersion(
    fields.qualificationId,
    chosen?.publishedVersion ?? null,
  );
  const staff = useCentreStaff(learner.centreId);
  const checkEntry = useCheckEntry();
  const createEnrolment = useCreateEnrolment();
  const { errors, passes, clear, summary } = useFormErrors(
    createEnrolment.error ?? checkEntry.error,
    SUBJECTS,
  );
  const checkHeadingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const pathways = qualification.data?.version.document.pathways ?? [];
  const refusedEntry = isApiError(createEnrolment.error, 'ENTRY_REQUIREMENTS_NOT_MET');
  const needsOverride = Boolean(check?.blocking) || refusedEntry;

  useEffect(() => {
    if (check) checkHeadingRef.current?.focus();
  }, [check]);

  function set<K extends keyof EnrolFields>(field: K) {
    return (value: EnrolFields[K]) => {
      setFields((previous) => ({
        ...previous,
        [field]: value,
        // A pathway belongs to its qualification.
        ...(field === 'qualificationId' ? { pathway: null } : {}),
      }));
      clear(field);
      if (CHECKED_FIELDS.includes(field)) {
        setCheck(null);
        checkEntry.reset();
        createEnrolment.reset();
      }
    };
  }

  function detailsProblems(): FieldErrors {
    const found: FieldErrors = {};
    if (fields.qualificationId === null) found['qualificationId'] = 'Choose a qualification.';
    if (pathways.length > 0 && fields.pathway === null) found['pathway'] = 'Choose a pathway.';
    if (fields.startDate === '') found['startDate'] = 'Enter the start date.';
    if (fields.plannedEndDate === '') found['plannedEndDate'] = 'Enter the planned end date.';
    else if (fields.startDate !== '')
      Object.assign(found, describeFieldErrors(plannedEndDateProblems(fields), SUBJECTS));
    if (fields.assessorId === null) found['assessorId'] = 'Choose the assessor.';
    if (fields.iqaId === null) found['iqaId'] = 'Choose the IQA.';
    else if (fields.assessorId !== null)
      Object.assign(
        found,
        describeFieldErrors(
          staffingProblems({
            learnerId: learner.id,
            assessorId: fields.assessorId,
            iqaId: fields.iqaId,
          }),
          SUBJECTS,
        ),
      );
    return found;
  }

  function runCheck() {
    if (fields.qualificationId === null) return;
    createEnrolment.reset();
    checkEntry.mutate(
      {
        learnerId: learner.id,
        qualificationId: fields.qualificationId,
        startDate: fields.startDate,
      },
      { onSuccess: setCheck },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checkEntry.isPending || createEnrolment.isPending) return;
    const found = detailsProblems();
    if (check && needsOverride) {
      const reason = fields.overrideReason.trim();
      if (reason.length < OVERRIDE_REASON_MIN)
        found['overrideReason'] =
          `Explain why the learner is enrolled anyway, in at least ${OVERRIDE_REASON_MIN} characters.`;
    }
    if (!passes(event.currentTarget, found)) return;
    if (!check) {
      runCheck();
      return;
    }
    if (fields.qualificationId === null || fields.assessorId === null || fields.iqaId === null)
      return;
    createEnrolment.mutate(
      {
        learnerId: learner.id,
        qualificationId: fields.qualificationId,
        pathway: pathways.length > 0 ? fields.pathway : null,
        startDate: fields.startDate,
        plannedEndDate: fields.plannedEndDate,
        registrationNumber: fields.registrationNumber.trim() || null,
        assessorId: fields.assessorId,
        iqaId: fields.iqaId,
        overrideReason: needsOverride ? fields.overrideReason.trim() : null,
      },
      {
        onSuccess: onEnrolled,
        onError: (error) => {
          // The requirements or the record changed since the check: show it afresh.
          if (isApiError(error, 'ENTRY_REQUIREMENTS_NOT_MET')) runCheck();
        },
      },
    );
  }

  const alert = summary(() => {
    const error = createEnrolment.error ?? checkEntry.error;
    if (!error) return null;
    if (isApiError(error, 'ENTRY_REQUIREMENTS_NOT_MET'))
      return `${describeError(error)} Write the reason below, then confirm.`;
    return describeError(error);
  });

  const staffOptions = (role: 'assessors' | 'iqas') =>
    (staff.data?.[role] ?? []).map((person) => ({
      id: person.id,
      label: `${person.displayName} (${person.email})`,
    }));

  return (
    <Form
      ref={formRef}
      className="form enrol-form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
    >
      <FormAlert message={alert} />
      <section aria-labelledby="enrol-details-heading" className="card">
        <h2 id="enrol-details-heading">1. The enrolment</h2>
        {qualifications.isError ? (
          <FormAlert message={describeError(qualifications.error)} />
        ) : null}
        {staff.isError ? <FormAlert message={describeError(staff.error)} /> : null}
        <div className="field-grid field-grid--halves">
          <SelectField
            label="Qualification"
            description="Learners are enrolled on its newest published version."
            name="qualificationId"
            isRequired
            placeholder={qualifications.isPending ? 'Loading…' : 'Choose a qualification'}
            options={(qualifications.data ?? []).map((option) => ({
              id: option.id,
              label: `${option.title} (version ${option.publishedVersion ?? ''})`,
            }))}
            value={fields.qualificationId}
            onChange={set('qualificationId')}
            className="field-grid__wide"
          />
          {pathways.length > 0 ? (
            <SelectField
              label="Pathway"
              name="pathway"
              isRequired
              options={pathways.map((pathway) => ({ id: pathway.code, label: pathway.title }))}
              value={fields.pathway}
              onChange={set('pathway')}
              className="field-grid__wide"
            />
          ) : null}
          <TextField
            label="Start date"
            name="startDate"
            type="date"
            isRequired
            value={fields.startDate}
            onChange={set('startDate')}
          />
          <TextField
            label="Planned end date"
            name="plannedEndDate"
            type="date"
            isRequired
            value={fields.plannedEndDate}
            onChange={set('plannedEndDate')}
          />
          <TextField
            label="Registration number"
            description="From the awarding body, if it has been issued."
            name="registrationNumber"
            autoComplete="off"
            maxLength={60}
            value={fields.registrationNumber}
            onChange={set('registrationNumber')}
            className="field-grid__wide"
          />
          <SelectField
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
            value={fields.assessorId}
            onChange={set('assessorId')}
          />
          <SelectField
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
            value={fields.iqaId}
            onChange={set('iqaId')}
          />
        </div>
        {check ? null : (
          <Button type="submit" isPending={checkEntry.isPending}>
            {checkEntry.isPending ? 'Checking…' : 'Check entry requirements'}
          </Button>
        )}
      </section>

      {check ? (
        <section aria-labelledby="entry-check-heading" className="card">
          <h2 id="entry-check-heading" ref={checkHeadingRef} tabIndex={-1}>
            2. Entry requirements
          </h2>
          <p className="muted">
            {learner.displayName} against {chosen?.title ?? 'the qualification'} on{' '}
            {formatDay(fields.startDate)}.
          </p>
          <EntryCheckView check={check} />
          {needsOverride ? (
            <TextAreaField
              label="Reason for enrolling them anyway"
              description={`Required to override an unmet requirement: ${OVERRIDE_REASON_MIN} to ${OVERRIDE_REASON_MAX} characters. It is kept with the enrolment and in the audit trail.`}
              name="overrideReason"
              isRequired
              maxLength={OVERRIDE_REASON_MAX}
              rows={4}
              value={fields.overrideReason}
              onChange={set('overrideReason')}
            />
          ) : null}
          <div className="button-row">
            <Button type="submit" isPending={createEnrolment.isPending}>
              {createEnrolment.isPending
                ? 'Enrolling…'
                : needsOverride
                  ? 'Override and enrol'
                  : 'Confirm enrolment'}
            </Button>
            <Button variant="secondary" isPending={checkEntry.isPending} onPress={() => runCheck()}>
              Check again
            </Button>
          </div>
        </section>
      ) : null}
    </Form>
  );
}
