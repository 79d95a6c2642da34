import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

/** A centre's enrolments, for its admins and its EQAs (who only read). */
export function EnrolmentsRoute() {
  useDocumentTitle('Enrolments');
  const me = useSignedInUser();
  const centres = [
    ...new Set(
      me.memberships
        .filter((membership) => membership.role === 'admin' || membership.role === 'eqa')
        .map((membership) => membership.centreName),
    ),
  ];

  return (
    <>
      <h1>Enrolments</h1>
      <p className="lead">
        Learners enrolled at {centres.join(', ')}: their qualifications, status, assessors and IQAs.
        {me.roles.includes('eqa') && !me.roles.includes('admin')
          ? ' You can read them; changes are made by the centre.'
          : null}
      </p>
      <EnrolmentsTable
        label="Enrolments"
        empty="Nobody is enrolled yet."
        searchable
        filtersByStaff={me.roles.includes('admin')}
      />
    </>
  );
}
