import { Link, useLocation, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { useLearner } from '../../features/learners/api/get-learner';
import { CorrectionsList } from '../../features/learners/components/corrections-list';
import { LearnerDetails } from '../../features/learners/components/learner-details';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';

export interface LearnerNotice {
  notice?: string;
}

/** A learner's record and enrolments, for the admins of their centre. */
export function LearnerRoute() {
  const { id = '' } = useParams();
  const state = useLocation().state as LearnerNotice | null;
  const learner = useLearner(id);
  useDocumentTitle(
    learner.data ? learner.data.displayName : learner.isError ? 'Learner not found' : 'Learner',
  );

  if (learner.isPending) return <p role="status">Loading the learner…</p>;
  if (learner.isError) {
    return (
      <>
        <h1>{isApiError(learner.error, 'NOT_FOUND') ? 'Learner not found' : 'Learner'}</h1>
        <FormAlert message={describeError(learner.error)} />
        <p>
          <Link to="/learners">All learners</Link>
        </p>
      </>
    );
  }

  const profile = learner.data;
  const path = `/learners/${encodeURIComponent(profile.id)}`;
  const open = profile.corrections.filter((correction) => correction.status === 'open').length;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/learners">Learners</Link>
      </p>
      <div className="page-heading">
        <h1>{profile.displayName}</h1>
        {profile.can.manage ? (
          <div className="button-row">
            <Link to={`${path}/enrol`} className="button button--primary">
              Enrol on a qualification
            </Link>
            <Link to={`${path}/edit`} className="button button--secondary">
              Edit record
            </Link>
          </div>
        ) : null}
      </div>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      <div className="two-column">
        <div className="two-column__main">
          <section aria-labelledby="enrolments-heading" className="card">
            <h2 id="enrolments-heading">Enrolments</h2>
            <EnrolmentsTable
              label={`Enrolments of ${profile.displayName}`}
              scope={{ learner: profile.id }}
              hideLearner
              empty="Not enrolled on any qualification yet."
            />
          </section>
          <section aria-labelledby="record-heading" className="card">
            <h2 id="record-heading">Record</h2>
            <LearnerDetails profile={profile} />
          </section>
        </div>
        <div className="two-column__aside">
          <section aria-labelledby="corrections-heading" className="card">
            <h2 id="corrections-heading">
              Corrections asked for{' '}
              {open > 0 ? <span className="badge badge--draft">{open} open</span> : null}
            </h2>
            <p className="muted">
              The learner asks; you edit the record, then mark the correction resolved, or decline
              it.
            </p>
            <CorrectionsList
              learnerId={profile.id}
              corrections={profile.corrections}
              canResolve={profile.can.manage}
            />
          </section>
        </div>
      </div>
    </>
  );
}
