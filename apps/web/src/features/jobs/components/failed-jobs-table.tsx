import type { FailedJob } from '@signoff/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useFailedJobs } from '../api/get-failed-jobs';

const COLUMNS: readonly DataColumn<FailedJob>[] = [
  { id: 'name', title: 'Job', isRowHeader: true, allowsSorting: true, cell: (job) => job.name },
  {
    id: 'failedAt',
    title: 'Failed',
    allowsSorting: true,
    cell: (job) => formatMoment(job.failedAt),
  },
  { id: 'tries', title: 'Tries', allowsSorting: true, cell: (job) => job.tries },
  { id: 'lastError', title: 'Last error', cell: (job) => job.lastError },
];

/** Background jobs that failed every try, newest first. */
export function FailedJobsTable() {
  const { list: jobs, pager, sort } = useFailedJobs();
  if (jobs.isPending) return <p role="status">Loading failed jobs…</p>;
  if (jobs.isError) return <FormAlert message={describeError(jobs.error)} />;
  if (jobs.data.total === 0) return <p>No background job has failed.</p>;
  const { items, total } = jobs.data;
  return (
    <>
      <DataTable
        label="Failed jobs"
        columns={COLUMNS}
        items={items}
        sort={sort}
        empty="No background job has failed."
      />
      <Pager
        noun={{ one: 'failed job', many: 'failed jobs' }}
        {...pager}
        shown={items.length}
        total={total}
      />
    </>
  );
}
