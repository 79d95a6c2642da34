import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useFailedJobs } from '../api/get-failed-jobs';

/** Background jobs that failed every try, newest first. */
export function FailedJobsTable() {
  const { list: jobs, pager } = useFailedJobs();
  if (jobs.isPending) return <p role="status">Loading failed jobs…</p>;
  if (jobs.isError) return <FormAlert message={describeError(jobs.error)} />;
  if (jobs.data.total === 0) return <p>No background job has failed.</p>;
  const { items, total } = jobs.data;
  return (
    <>
      <table className="table" role="table" aria-label="Failed jobs">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Job
            </th>
            <th role="columnheader" scope="col">
              Failed
            </th>
            <th role="columnheader" scope="col">
              Tries
            </th>
            <th role="columnheader" scope="col">
              Last error
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {items.map((job) => (
            <tr role="row" key={job.id}>
              <td role="cell">{job.name}</td>
              <td role="cell">{formatMoment(job.failedAt)}</td>
              <td role="cell">{job.tries}</td>
              <td role="cell">{job.lastError}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager ? <Pager noun="failed jobs" {...pager} shown={items.length} total={total} /> : null}
    </>
  );
}
