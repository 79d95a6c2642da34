import { Link, useLocation, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { QualificationProgress } from '../../components/qualification-progress';
import { RulesEvaluationView } from '../../components/rules-evaluation';
import { StatusMessage } from '../../components/status-message';
import { useEnrolment } from '../../features/enrolments/api/get-enrolment';
import { useEnrolmentProgress } from '../../features/enrolments/api/get-enrolment-progress';
import { ChangeStatusForm } from '../../features/enrolments/components/change-status-form';
import {
  StaffHistory,
  StatusHistory,
} from '../../features/enrolments/components/enrolment-history';
import { EntryCheckView } from '../../features/enrolments/components/entry-check-view';
import { ReassignForm } from '../../features/enrolments/components/reassign-form';
import { StatusBadge } from '../../features/enrolments/components/status-badge';
import { UnitProgressTable } from '../../features/enrolments/components/unit-progress-table';
import { EvidenceCoverage } from '../../features/evidence/components/evidence-coverage';
import { EvidenceTable } from '../../features/evidence/components/evidence-table';
import { recordFormPath } from '../../features/evidence/lib/workplace-records';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';
import { usePortfolioContext } from './portfolio-context';

export interface EnrolmentNotice {
  notice?: string;
}

function UnitsAndProgress({ enrolmentId }: { enrolmentId: string }) {
  const progress = useEnrolmentProgress(enrolmentId);
  if (progress.isPending) return <p role="status">Loading progress…</p>;
  if (progress.isError) return <FormAlert message={describeError(progress.error)} />;
  return (
    <div className="units-progress">
      <QualificationProgress progress={progress.data} />
      <UnitProgressTable enrolmentId={enrolmentId} progress={progress.data} />
      <h3>What is achieved against the rules of combination</h3>
      <RulesEvaluationView evaluation={progress.data.achieved} subject="What is achieved" />
      <h3>The plan against the rules of combination</h3>
      <RulesEvaluationView evaluation={progress.data.planned} subject="The plan" />
    </div>
  );
}

/** The enrolment's evidence, read-only, each item leading to its page. */
function Portfolio({
  enrolmentId,
  isLearner,
  learnerName,
}: {
  enrolmentId: string;
  isLearner: boolean;
  learnerName: string;
}) {
  const context = usePortfolioContext(enrolmentId);
  if (context.error) return <FormAlert message={describeError(context.error)} />;
  if (!context.units || !context.enrolment.data) return <p role="status">Loading the portfolio…</p>;
  return (
    <>
      <EvidenceTable
        enrolmentId={enrolmentId}
        units={context.units}
        methodCodes={context.methodCodes}
        linkTo={(item) =>
          isLearner
            ? `/portfolio/evidence/${encodeURIComponent(item.id)}`
            : `/enrolments/${encodeURIComponent(enrolmentId)}/evidence/${encodeURIComponent(item.id)}`
        }
        label="Portfolio"
        empty={
          isLearner
            ? 'You have not added any evidence yet.'
            : 'The learner has not submitted any evidence yet.'
        }
        showsDrafts={isLearner}
        countersigner={isLearner ? { you: true } : { name: learnerName }}
      />
      <h3>What the evidence covers</h3>
      <EvidenceCoverage
        enrolmentId={enrolmentId}
        units={context.units}
        plannedUnits={context.enrolment.data.plannedUnits}
        whose={isLearner ? 'Your evidence' : 'The evidence'}
        headingLevel={4}
      />
    </>
  );
}

/** One enrolment, for everyone who may see it, with the changes the API says they may make. */
export function EnrolmentRoute() {
  const { id = '' } = useParams();
  const state = useLocation().state as EnrolmentNotice | null;
  const me = useSignedInUser();
  const enrolment = useEnrolment(id);
  useDocumentTitle(
    enrolment.data
      ? `Enrolment of ${enrolment.data.learner.displayName}`
      : enrolment.isError
        ? 'Enrolment not found'
        : 'Enrolment',
  );

  if (enrolment.isPending) return <p role="status">Loading the enrolment…</p>;
  if (enrolment.isError) {
    return (
      <>
        <h1>{isApiError(enrolment.error, 'NOT_FOUND') ? 'Enrolment not found' : 'Enrolment'}</h1>
        <FormAlert message={describeError(enrolment.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );
  }

  const detail = enrolment.data;
  const qualificationPath = `/qualifications/${encodeURIComponent(detail.qualification.id)}?version=${detail.qualification.version}`;
  const facts: [string, string][] = [
    ['Start date', formatDay(detail.startDate)],
    ['Planned end date', formatDay(detail.plannedEndDate)],
    ['Version', String(detail.qualification.version)],
    ['Pathway', detail.pathway ?? 'none'],
    ['Registration number', detail.registrationNumber ?? 'not yet issued'],
    ['Assessor', detail.assessor.displayName],
    ['IQA', detail.iqa.displayName],
  ];
  if (detail.targetHours) {
    facts.push(
      ['Target supervised hours', String(detail.targetHours.supervised ?? 'not stated')],
      ['Target work hours', String(detail.targetHours.work ?? 'not stated')],
    );
  }

  return (
    <>
      <p className="breadcrumb">
        {/* Back the way its reader came: its centre's admins (who may reassign it) from the learner, its learner, assessor or IQA from their own lists. */}
        {detail.can.reassign ? (
          <Link to={`/learners/${encodeURIComponent(detail.learner.id)}`}>
            {detail.learner.displayName}
          </Link>
        ) : me.id === detail.learner.id ? (
          <Link to="/my-qualification">My qualification</Link>
        ) : me.id === detail.assessor.id ? (
          <Link to="/caseload">Caseload</Link>
        ) : me.id === detail.iqa.id ? (
          <Link to="/sampling">Sampling</Link>
        ) : (
          <Link to="/enrolments">Enrolments</Link>
        )}
      </p>
      <h1>Enrolment of {detail.learner.displayName}</h1>
      <p className="lead qualification-lead">
        <span>
          On <Link to={qualificationPath}>{detail.qualification.title}</Link>
        </span>{' '}
        <StatusBadge status={detail.status} />
      </p>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>

      {/* The work comes first: the portfolio, then progress; the enrolment's particulars, its
          entry check, status and staff follow. */}
      <section aria-labelledby="portfolio-heading" className="card">
        <h2 id="portfolio-heading">Portfolio</h2>
        {detail.can.recordAtWorkplace ? (
          <div className="button-row record-actions">
            <Link
              to={recordFormPath(detail.id, { kind: 'observation' })}
              className="button button--primary"
            >
              Record an observation
            </Link>
            <Link
              to={recordFormPath(detail.id, { kind: 'discussion' })}
              className="button button--secondary"
            >
              Record a professional discussion
            </Link>
          </div>
        ) : null}
        <ul>
          <li>
            <Link to={`/enrolments/${encodeURIComponent(detail.id)}/witness-requests`}>
              {detail.can.askWitness
                ? 'Ask a witness for testimony, or see the requests made'
                : 'Requests for witness testimony'}
            </Link>
          </li>
          <li>
            <Link to={`/enrolments/${encodeURIComponent(detail.id)}/hours`}>
              Hours logged, their reviews and the targets
            </Link>
          </li>
        </ul>
        <Portfolio
          enrolmentId={detail.id}
          isLearner={me.id === detail.learner.id}
          learnerName={detail.learner.displayName}
        />
      </section>

      <section aria-labelledby="units-heading" className="card">
        <h2 id="units-heading">Units and progress</h2>
        <UnitsAndProgress enrolmentId={detail.id} />
      </section>

      <div className="two-column">
        <div className="two-column__main">
          <section aria-labelledby="about-heading" className="card">
            <h2 id="about-heading">About this enrolment</h2>
            <dl className="facts">
              {facts.map(([term, value]) => (
                <div key={term} className="facts__item">
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="entry-heading" className="card">
            <h2 id="entry-heading">Entry requirements, as checked when enrolled</h2>
            {detail.entryOverrideReason ? (
              <div className="notice notice--override">
                <h3>Overridden by an admin</h3>
                <p className="override-reason">{detail.entryOverrideReason}</p>
              </div>
            ) : null}
            <EntryCheckView check={detail.entryCheck} />
          </section>
        </div>

        <div className="two-column__aside">
          <section aria-labelledby="status-heading" className="card">
            <h2 id="status-heading">Status</h2>
            <StatusHistory history={detail.statusHistory} />
            {detail.can.changeStatus ? (
              <>
                <h3>Change the status</h3>
                <ChangeStatusForm enrolment={detail} />
              </>
            ) : null}
          </section>

          <section aria-labelledby="staff-heading" className="card">
            <h2 id="staff-heading">Assessor and IQA</h2>
            <h3>Assessor</h3>
            <StaffHistory label="Assessors" assignments={detail.assessors} />
            <h3>IQA</h3>
            <StaffHistory label="IQAs" assignments={detail.iqas} />
            {detail.can.reassign ? (
              <>
                <h3>Reassign</h3>
                <ReassignForm enrolment={detail} />
              </>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
