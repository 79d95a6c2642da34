import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { useLearner } from '../../features/learners/api/get-learner';
import { useUpdateLearner } from '../../features/learners/api/update-learner';
import { LearnerForm } from '../../features/learners/components/learner-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import type { LearnerNotice } from './learner';

export function EditLearnerRoute() {
  const { id = '' } = useParams();
  const learner = useLearner(id);
  const updateLearner = useUpdateLearner(id);
  const navigate = useNavigate();
  useDocumentTitle(learner.data ? `Edit ${learner.data.displayName}` : 'Edit learner');

  if (learner.isPending) return <p role="status">Loading the learner…</p>;
  if (learner.isError) {
    return (
      <>
        <h1>Edit learner</h1>
        <FormAlert message={describeError(learner.error)} />
        <p>
          <Link to="/learners">All learners</Link>
        </p>
      </>
    );
  }

  const path = `/learners/${encodeURIComponent(learner.data.id)}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={path}>{learner.data.displayName}</Link>
      </p>
      <h1>Edit {learner.data.displayName}</h1>
      <p className="lead">
        Their email address ({learner.data.email}) is how they sign in and cannot be changed here.
      </p>
      <LearnerForm
        mode={{
          kind: 'edit',
          profile: learner.data,
          onSubmit: (request) =>
            updateLearner.mutate(request, {
              onSuccess: () => {
                const state: LearnerNotice = { notice: 'The record is saved.' };
                void navigate(path, { state });
              },
            }),
        }}
        isPending={updateLearner.isPending}
        error={updateLearner.error}
        submitLabel="Save record"
      />
    </>
  );
}
