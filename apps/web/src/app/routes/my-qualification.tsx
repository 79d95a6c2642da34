import type { EnrolmentDetail } from '@signoff/contracts';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { UnitList } from '../../components/unit-list';
import { useQualification } from '../../features/catalogue/api/get-qualification';
import { useEnrolment } from '../../features/enrolments/api/get-enrolment';
import { useEnrolmentProgress } from '../../features/enrolments/api/get-enrolment-progress';
import { useOwnEnrolments } from '../../features/enrolments/api/get-enrolments';
import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { StatusBadge } from '../../features/enrolments/components/status-badge';
import { UnitPlanForm } from '../../features/enrolments/components/unit-plan-form';
import { useLearner } from '../../features/learners/api/get-learner';
import { LearnerDetails } from '../../features/learners/components/learner-details';
import { ProposeCorrectionForm } from '../../features/learners/components/propose-correction-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

function YourDetails({ learnerId }: { learnerId: string }) {
  const learner = useLearner(learnerId);
  if (learner.isPending) return <p role="status">Loading your details…</p>;
  if (learner.isError) return <FormAlert message={describeError(learner.error)} />;
  const open = learner.data.corrections.filter((correction) => correction.status === 'open');
  return (
    <>
      <LearnerDetails profile={learner.data} />
      {learner.data.can.proposeCorrection ? (
        <>
          <h3>Something wrong?</h3>
          <p>Ask your centre to correct it. They will update your record.</p>
          {open.length > 0 ? (
            <p className="muted">
              {open.length} request{open.length === 1 ? '' : 's'} waiting for your centre.
            </p>
          ) : null}
          <ProposeCorrectionForm learnerId={learnerId} />
        </>
      ) : null}
    </>
  );
}

function LearnerEnrolment({ enrolmentId, learnerId }: { enrolmentId: string; learnerId: string }) {
  const enrolment = useEnrolment(enrolmentId);
  if (enrolment.isError) return <FormAlert message={describeError(enrolment.error)} />;
  if (enrolment.isPending) return <p role="status">Loading your qualification…</p>;
  return <EnrolmentView detail={enrolment.data} learnerId={learnerId} />;
}

function EnrolmentView({ detail, learnerId }: { detail: EnrolmentDetail; learnerId: string }) {
  const progress = useEnrolmentProgress(detail.id);
  // The version the learner is enrolled on, which may be older than the newest published.
  const qualification = useQualification(detail.qualification.id, detail.qualification.version);
  const document = qualification.data?.version.document;

  return (
    <>
      <p className="lead qualification-lead">
        <span>
          {detail.qualification.title}{' '}
          <span className="muted">(version {detail.qualification.version})</span>
        </span>{' '}
        <StatusBadge status={detail.status} />
      </p>
      <section aria-labelledby="enrolment-heading" className="card">
        <h2 id="enrolment-heading">Your enrolment</h2>
        <dl className="facts">
          <div className="facts__item">
            <dt>Dates</dt>
            <dd>
              {formatDay(detail.startDate)} to {formatDay(detail.plannedEndDate)}
            </dd>
          </div>
          <div className="facts__item">
            <dt>Assessor</dt>
            <dd>{detail.assessor.displayName}</dd>
          </div>
          <div className="facts__item">
            <dt>IQA</dt>
            <dd>{detail.iqa.displayName}</dd>
          </div>
          <div className="facts__item">
            <dt>Registration number</dt>
            <dd>{detail.registrationNumber ?? 'not yet issued'}</dd>
          </div>
        </dl>
        <p>
          <Link to={`/enrolments/${encodeURIComponent(detail.id)}`}>
            Your enrolment’s full record
          </Link>
        </p>
      </section>

      <section aria-labelledby="plan-heading" className="card">
        <h2 id="plan-heading">Your plan of units</h2>
        {qualification.isError ? (
          <FormAlert message={describeError(qualification.error)} />
        ) : progress.isError ? (
          <FormAlert message={describeError(progress.error)} />
        ) : document && progress.data ? (
          <UnitPlanForm enrolment={detail} document={document} progress={progress.data} />
        ) : (
          <p role="status">Loading your units…</p>
        )}
      </section>

      <section aria-labelledby="units-heading" className="units-section">
        <h2 id="units-heading">Units, learning outcomes and assessment criteria</h2>
        {document ? <UnitList units={document.units} /> : null}
      </section>

      <section aria-labelledby="details-heading" className="card">
        <h2 id="details-heading">Your details</h2>
        <YourDetails learnerId={learnerId} />
      </section>
    </>
  );
}

/** A learner's qualification: one enrolment straight away, several to choose from. */
export function MyQualificationRoute() {
  useDocumentTitle('My qualification');
  const { id } = useParams();
  const me = useSignedInUser();
  const enrolments = useOwnEnrolments();
  const own = enrolments.data ?? [];
  const shown = id ?? (own.length === 1 ? own[0]?.id : undefined);

  if (shown) {
    return (
      <>
        {id && own.length > 1 ? (
          <p className="breadcrumb">
            <Link to="/my-qualification">All your qualifications</Link>
          </p>
        ) : null}
        <h1>My qualification</h1>
        <LearnerEnrolment key={shown} enrolmentId={shown} learnerId={me.id} />
      </>
    );
  }

  return (
    <>
      <h1>My qualification</h1>
      {enrolments.isPending ? (
        <p role="status">Loading your enrolments…</p>
      ) : enrolments.isError ? (
        <FormAlert message={describeError(enrolments.error)} />
      ) : own.length === 0 ? (
        <p className="lead">
          You are not enrolled on a qualification yet. Your centre enrols you; your qualification
          will then appear here.
        </p>
      ) : (
        <>
          <p className="lead">You are enrolled on more than one qualification. Choose one.</p>
          <EnrolmentsTable
            label="Your qualifications"
            scope={{ mine: 'learner' }}
            hideLearner
            empty="You are not enrolled on a qualification yet."
            linkTo={(enrolment) => `/my-qualification/${encodeURIComponent(enrolment.id)}`}
          />
        </>
      )}
    </>
  );
}
