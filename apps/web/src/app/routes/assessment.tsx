import { AssessmentQueueTable } from '../../features/assessment/components/assessment-queue-table';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function AssessmentRoute() {
  useDocumentTitle('Assessment');
  return (
    <>
      <h1>Assessment</h1>
      <p className="lead">
        Evidence your learners have submitted and that awaits your decision, oldest first.
      </p>
      <AssessmentQueueTable />
    </>
  );
}
