import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

export function CaseloadRoute() {
  useDocumentTitle('Caseload');
  const me = useSignedInUser();
  return (
    <>
      <h1>Caseload</h1>
      <p className="lead">The learners whose enrolments you assess.</p>
      <EnrolmentsTable
        label="Your caseload"
        searchable
        filter={(enrolment) => enrolment.assessor.id === me.id}
        empty="You do not assess any enrolments yet. Your centre’s admin assigns them."
      />
    </>
  );
}
