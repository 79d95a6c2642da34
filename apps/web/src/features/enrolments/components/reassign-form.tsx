import type { EnrolmentDetail } from '@signoff/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { FormSelectField } from '../../../components/form/form-fields';
import { resolverFrom } from '../../../components/form/resolver-from';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { StatusMessage } from '../../../components/status-message';
import { describeError } from '../../../lib/error-messages';
import { useCentreStaff } from '../api/get-centre-staff';
import { useReassignEnrolment } from '../api/reassign-enrolment';
import { staffProblems, type StaffAnswers } from '../lib/enrolment-forms';

const WORDING = { subjects: { assessorId: 'The assessor', iqaId: 'The IQA' } };

export interface ReassignFormProps {
  enrolment: EnrolmentDetail;
}

/** Hands the enrolment to another assessor or IQA; who held it when is kept. */
export function ReassignForm({ enrolment }: ReassignFormProps) {
  const form = useForm<StaffAnswers>({
    defaultValues: { assessorId: enrolment.assessor.id, iqaId: enrolment.iqa.id },
    resolver: resolverFrom(
      (answers: StaffAnswers) => staffProblems(answers, enrolment.learner.id),
      WORDING,
    ),
  });
  const staff = useCentreStaff(enrolment.centreId);
  const update = useReassignEnrolment(enrolment.id);
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

  return (
    <ValidatedForm
      form={form}
      onValid={({ assessorId, iqaId }) => {
        if (assessorId === null || iqaId === null) return;
        if (assessorId === enrolment.assessor.id && iqaId === enrolment.iqa.id) {
          setUnchanged(true);
          return;
        }
        setUnchanged(false);
        update.mutate({ assessorId, iqaId });
      }}
      isPending={update.isPending}
      serverError={update.error}
      wording={WORDING}
      aria-label="Reassign"
      status={
        <>
          {staff.isError ? <FormAlert message={describeError(staff.error)} /> : null}
          <StatusMessage>
            {unchanged
              ? 'Nothing to save: choose another assessor or IQA first.'
              : update.data
                ? `Saved. ${update.data.assessor.displayName} assesses and ${update.data.iqa.displayName} verifies this enrolment.`
                : null}
          </StatusMessage>
        </>
      }
    >
      <FormSelectField
        control={form.control}
        label="Assessor"
        name="assessorId"
        isRequired
        options={options('assessors', enrolment.assessor)}
        onChosen={() => setUnchanged(false)}
      />
      <FormSelectField
        control={form.control}
        label="IQA"
        name="iqaId"
        isRequired
        options={options('iqas', enrolment.iqa)}
        onChosen={() => setUnchanged(false)}
      />
      <SubmitButton pendingLabel="Saving…">Save assessor and IQA</SubmitButton>
    </ValidatedForm>
  );
}
