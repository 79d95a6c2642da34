import { useLocation } from 'react-router';
import { StatusMessage } from '../../components/status-message';
import { AssessmentQueueTable } from '../../features/assessment/components/assessment-queue-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import type { EvidenceNotice } from './evidence';

export function AssessmentRoute() {
  useDocumentTitle('Assessment');
  // After the assessor's last decision: what they decided.
  const state = useLocation().state as EvidenceNotice | null;
  return (
    <>
      <h1>Assessment</h1>
      <p className="lead">
        Evidence your learners have submitted and that awaits your decision, oldest first.
      </p>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      <AssessmentQueueTable />
    </>
  );
}
