import { FailedJobsTable } from '../../features/jobs/components/failed-jobs-table';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** What background work (housekeeping and the like) failed after every retry. */
export function FailedJobsRoute() {
  useDocumentTitle('Failed background jobs');
  return (
    <>
      <h1>Failed background jobs</h1>
      <p className="lead">
        Signoff clears expired sessions and unfinished uploads in the background, trying again a few
        times when something goes wrong. What still failed is listed here for a week; the server log
        has the details.
      </p>
      <FailedJobsTable />
    </>
  );
}
