import type { EnrolmentDetail } from '@signoff/contracts';
import { staffingProblems } from '@signoff/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { useFormErrors } from '../../../hooks/use-form-errors';
import { describeError, describeFieldErrors } from '../../../lib/error-messages';
import { useCentreStaff } from '../api/get-centre-staff';
import { useReassignEnrolment } from '../api/reassign-enrolment';

const SUBJECTS = { assessorId: 'The assessor', iqaId: 'The IQA' } as const;

export interface ReassignFormProps {
  enrolment: EnrolmentDetail;
}

/** Hands the enrolment to another assessor or IQA; who held it when is kept. */
export function ReassignForm({ enrolment }: ReassignFormProps) {
  const [assessorId, setAssessorId] = useState<string | null>(enrolment.assessor.id);
  const [iqaId, setIqaId] = useState<string | null>(enrolment.iqa.id);
  const staff = useCentreStaff(enrolment.centreId);
  const update = useReassignEnrolment(enrolment.id);
  const { errors, passes, clear, summary } = useFormErrors(update.error, SUBJECTS);
  const [unchanged, setUnchanged] = useState(false);

  function options(role: 'assessors' | 'iqas', current: { id: string; displayName: string }) {
    const people = staff.data?.[role] ?? [];
    const listed = people.map((person) => ({
      id: person.id,
      label: `${person.displayName} (${person.email})`,
    }));
    // The current holder stays choosable even if they have since lost the role.
    return people.some((person) => person.id === current.id)
      ? listed
      : [{ id: current.id, label: current.displayName }, ...listed];
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const found: Record<string, string> = {};
    if (assessorId === null) found['assessorId'] = 'Choose the assessor.';
    if (iqaId === null) found['iqaId'] = 'Choose the IQA.';
    else if (assessorId !== null)
      Object.assign(
        found,
        describeFieldErrors(
          staffingProblems({ learnerId: enrolment.learner.id, assessorId, iqaId }),
          SUBJECTS,
        ),
      );
    if (!passes(event.currentTarget, found) || assessorId === null || iqaId === null) return;
    if (assessorId === enrolment.assessor.id && iqaId === enrolment.iqa.id) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    update.mutate({ assessorId, iqaId });
  }

  return (
    <Form
      className="form"
      onSubmit={submit}
      validationBehavior="aria"
      validationErrors={errors}
      aria-label="Reassign"
    >
      <FormAlert message={summary(() => (update.error ? describeError(update.error) : null))} />
      {staff.isError ? <FormAlert message={describeError(staff.error)} /> : null}
      <StatusMessage>
        {unchanged
          ? 'Nothing to save: choose another assessor or IQA first.'
          : update.data
            ? `Saved. ${update.data.assessor.displayName} assesses and ${update.data.iqa.displayName} verifies this enrolment.`
            : null}
      </StatusMessage>
      <SelectField
        label="Assessor"
        name="assessorId"
        isRequired
        options={options('assessors', enrolment.assessor)}
        value={assessorId}
        onChange={(value) => {
          setAssessorId(value);
          setUnchanged(false);
          clear('assessorId');
        }}
      />
      <SelectField
        label="IQA"
        name="iqaId"
        isRequired
        options={options('iqas', enrolment.iqa)}
        value={iqaId}
        onChange={(value) => {
          setIqaId(value);
          setUnchanged(false);
          clear('iqaId');
        }}
      />
      <Button type="submit" isPending={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save assessor and IQA'}
      </Button>
    </Form>
  );
}
