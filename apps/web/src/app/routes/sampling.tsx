import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function SamplingRoute() {
  useDocumentTitle('Sampling');
  return (
    <>
      <h1>Sampling</h1>
      <p className="lead">The enrolments you verify as internal quality assurer.</p>
      <p className="notice">
        Sampling of assessment decisions arrives with verification, in a coming release of Signoff.
        Until then this page lists the enrolments you hold.
      </p>
      <EnrolmentsTable
        label="Enrolments you verify"
        searchable
        scope={{ mine: 'iqa' }}
        empty="You do not verify any enrolments yet. Your centre’s admin assigns them."
      />
    </>
  );
}
