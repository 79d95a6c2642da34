import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function CaseloadRoute() {
  useDocumentTitle('Caseload');
  return (
    <>
      <h1>Caseload</h1>
      <p className="lead">The learners whose enrolments you assess.</p>
      <EnrolmentsTable
        label="Your caseload"
        searchable
        scope={{ mine: 'assessor' }}
        empty="You do not assess any enrolments yet. Your centre’s admin assigns them."
      />
    </>
  );
}
