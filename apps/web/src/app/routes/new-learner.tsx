import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { PasswordLinkBox } from '../../components/password-link-box';
import { useCreateLearner } from '../../features/learners/api/create-learner';
import { LearnerForm } from '../../features/learners/components/learner-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { adminCentresOf } from './admin-centres';
import { useSignedInUser } from './app-layout';

export function NewLearnerRoute() {
  useDocumentTitle('Add learner');
  const centres = adminCentresOf(useSignedInUser());
  const createLearner = useCreateLearner();
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const created = createLearner.data;

  useEffect(() => {
    if (created) resultHeadingRef.current?.focus();
  }, [created]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/learners">Learners</Link>
      </p>
      <h1>Add learner</h1>
      {created ? (
        <section aria-labelledby="learner-added-heading" className="card result">
          <h2 id="learner-added-heading" ref={resultHeadingRef} tabIndex={-1}>
            {created.learner.displayName} has been added
          </h2>
          {created.passwordLink ? (
            <PasswordLinkBox link={created.passwordLink} personName={created.learner.displayName} />
          ) : (
            <p>{created.notice}</p>
          )}
          <div className="button-row">
            <Link
              to={`/learners/${encodeURIComponent(created.learner.id)}/enrol`}
              className="button button--primary"
            >
              Enrol on a qualification
            </Link>
            <Link
              to={`/learners/${encodeURIComponent(created.learner.id)}`}
              className="button button--secondary"
            >
              Go to their record
            </Link>
            <Button variant="secondary" onPress={() => createLearner.reset()}>
              Add another learner
            </Button>
          </div>
        </section>
      ) : (
        <>
          <p className="lead">
            Their record: who they are, their employer, and the qualifications and English results
            that entry requirements are checked against. They get a learner account and a one-time
            link to set their password.
          </p>
          <LearnerForm
            mode={{
              kind: 'create',
              centres,
              onSubmit: (request) => createLearner.mutate(request),
            }}
            isPending={createLearner.isPending}
            error={createLearner.error}
            submitLabel="Add learner"
          />
        </>
      )}
    </>
  );
}
