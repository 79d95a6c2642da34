import type { EnrolmentDetail } from '@signoff/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { EnrolForm } from '../../features/enrolments/components/enrol-form';
import { useLearner } from '../../features/learners/api/get-learner';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import type { EnrolmentNotice } from './enrolment';

export function EnrolRoute() {
  const { id = '' } = useParams();
  const learner = useLearner(id);
  const navigate = useNavigate();
  useDocumentTitle(learner.data ? `Enrol ${learner.data.displayName}` : 'Enrol a learner');

  if (learner.isPending) return <p role="status">Loading the learner…</p>;
  if (learner.isError) {
    return (
      <>
        <h1>Enrol a learner</h1>
        <FormAlert message={describeError(learner.error)} />
        <p>
          <Link to="/learners">All learners</Link>
        </p>
      </>
    );
  }

  function enrolled(enrolment: EnrolmentDetail) {
    const state: EnrolmentNotice = {
      notice: `${enrolment.learner.displayName} is enrolled on ${enrolment.qualification.title}.`,
    };
    void navigate(`/enrolments/${encodeURIComponent(enrolment.id)}`, { state });
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/learners/${encodeURIComponent(learner.data.id)}`}>
          {learner.data.displayName}
        </Link>
      </p>
      <h1>Enrol {learner.data.displayName} on a qualification</h1>
      <p className="lead">
        Choose the qualification and who will assess and verify, then check the entry requirements
        before confirming.
      </p>
      <EnrolForm learner={learner.data} onEnrolled={enrolled} />
    </>
  );
}
