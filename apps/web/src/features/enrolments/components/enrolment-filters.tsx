import { ENROLMENT_STATUSES } from '@signoff/contracts';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { usePublishedQualifications } from '../api/get-enrolment-qualifications';
import { useStaffHolding } from '../api/get-staff-holding';
import { STATUS_WORDS } from '../lib/enrolment-status';

const ANY = 'any';

export interface EnrolmentFiltersProps {
  /** The filters as the address holds them, by name (`status`, `qualification`, …). */
  values: Record<string, string>;
  onChange: (filter: string, value: string | null) => void;
  /** Admins may also filter by assessor and IQA (the people list is theirs to read). */
  byStaff: boolean;
}

/** Narrows the enrolments by status and qualification, and for admins by who holds them. */
export function EnrolmentFilters({ values, onChange, byStaff }: EnrolmentFiltersProps) {
  const qualifications = usePublishedQualifications();
  const assessors = useStaffHolding('assessor', byStaff);
  const iqas = useStaffHolding('iqa', byStaff);

  const choice = (name: string, label: string, any: string, options: readonly SelectOption[]) => (
    <SelectField
      label={label}
      options={[{ id: ANY, label: any }, ...options]}
      value={values[name] ?? ANY}
      onChange={(value) => onChange(name, value === ANY ? null : value)}
    />
  );

  return (
    <>
      {choice(
        'status',
        'Status',
        'Any status',
        ENROLMENT_STATUSES.map((status) => ({ id: status, label: STATUS_WORDS[status] })),
      )}
      {choice(
        'qualification',
        'Qualification',
        'Any qualification',
        (qualifications.data ?? []).map((qualification) => ({
          id: qualification.id,
          label: qualification.title,
        })),
      )}
      {byStaff
        ? choice(
            'assessor',
            'Assessor',
            'Any assessor',
            (assessors.data ?? []).map((person) => ({ id: person.id, label: person.displayName })),
          )
        : null}
      {byStaff
        ? choice(
            'iqa',
            'IQA',
            'Any IQA',
            (iqas.data ?? []).map((person) => ({ id: person.id, label: person.displayName })),
          )
        : null}
    </>
  );
}
