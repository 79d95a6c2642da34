import { ASSESSMENT_METHODS, type AssessmentQueueItem } from '@signoff/contracts';
import { Link } from 'react-router';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useAssessmentQueue } from '../api/get-assessment-queue';

type QueueRow = AssessmentQueueItem & { id: string };

const COLUMNS: readonly DataColumn<QueueRow>[] = [
  {
    id: 'title',
    title: 'Evidence',
    isRowHeader: true,
    cell: (row) => (
      <Link to={`/enrolments/${row.enrolmentId}/evidence/${row.evidenceId}`}>
        {row.title} (version {row.version})
      </Link>
    ),
  },
  { id: 'learner', title: 'Learner', cell: (row) => row.learner.displayName },
  { id: 'units', title: 'Units claimed', cell: (row) => row.units.join(', ') },
  {
    id: 'method',
    title: 'Method',
    cell: (row) => <abbr title={ASSESSMENT_METHODS[row.method].title}>{row.methodCode}</abbr>,
  },
  { id: 'submittedAt', title: 'Submitted', cell: (row) => formatMoment(row.submittedAt) },
];

const EMPTY = 'Nothing is waiting for you to assess.';

/** Submitted evidence awaiting the assessor, oldest first: what to judge next. */
export function AssessmentQueueTable() {
  const { list: queue, pager } = useAssessmentQueue();
  if (queue.isPending) return <p role="status">Loading the evidence awaiting you…</p>;
  if (queue.isError) return <FormAlert message={describeError(queue.error)} />;
  if (queue.data.total === 0) return <p>{EMPTY}</p>;
  const { items, total } = queue.data;
  return (
    <>
      <DataTable
        label="Awaiting assessment"
        columns={COLUMNS}
        items={items.map((row) => ({ ...row, id: row.evidenceId }))}
        empty={EMPTY}
      />
      <Pager
        noun={{ one: 'item awaiting you', many: 'items awaiting you' }}
        {...pager}
        shown={items.length}
        total={total}
      />
    </>
  );
}
