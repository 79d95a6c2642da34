import { Link, useLocation, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useOwnEnrolments } from '../../features/enrolments/api/get-enrolments';
import { EnrolmentsTable } from '../../features/enrolments/components/enrolments-table';
import { EvidenceCoverage } from '../../features/evidence/components/evidence-coverage';
import { EvidenceTable } from '../../features/evidence/components/evidence-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import { usePortfolioContext } from './portfolio-context';

export interface PortfolioNotice {
  notice?: string;
}

function LearnerPortfolio({ enrolmentId }: { enrolmentId: string }) {
  const context = usePortfolioContext(enrolmentId);
  const enrolment = context.enrolment.data;
  if (context.error) return <FormAlert message={describeError(context.error)} />;
  if (!enrolment || !context.units) return <p role="status">Loading your portfolio…</p>;
  const canAdd = enrolment.can.addEvidence;
  return (
    <>
      <div className="page-heading">
        <p className="lead qualification-lead">
          {enrolment.qualification.title}{' '}
          <span className="muted">(version {enrolment.qualification.version})</span>
        </p>
        <div className="button-row">
          <Link
            to={`/enrolments/${encodeURIComponent(enrolment.id)}/hours`}
            className="button button--secondary"
          >
            My hours
          </Link>
          {canAdd ? (
            <Link
              to={`/portfolio/evidence/new?enrolment=${encodeURIComponent(enrolment.id)}`}
              className="button button--primary"
            >
              Add evidence
            </Link>
          ) : null}
          <Link
            to={`/enrolments/${encodeURIComponent(enrolment.id)}/witness-requests`}
            className="button button--secondary"
          >
            {enrolment.can.askWitness ? 'Ask a witness' : 'Witness testimony'}
          </Link>
        </div>
      </div>
      {canAdd ? null : (
        <p className="notice">
          Evidence cannot be added while your enrolment is not active. What you added before stays
          here.
        </p>
      )}
      <EvidenceTable
        enrolmentId={enrolment.id}
        units={context.units}
        methodCodes={context.methodCodes}
        linkTo={(item) => `/portfolio/evidence/${encodeURIComponent(item.id)}`}
        label="Your evidence"
        showsDrafts
        countersigner={{ you: true }}
        empty="You have not added any evidence yet. Add your first piece: a photo, a document, a recording or a written account."
      />
      <section aria-labelledby="coverage-heading" className="coverage-section">
        <h2 id="coverage-heading">What your evidence covers</h2>
        <EvidenceCoverage
          enrolmentId={enrolment.id}
          units={context.units}
          plannedUnits={enrolment.plannedUnits}
          whose="Your evidence"
          headingLevel={3}
        />
      </section>
    </>
  );
}

/** The learner's evidence for one enrolment: straight away with one, chosen with several. */
export function PortfolioRoute() {
  useDocumentTitle('My portfolio');
  const [params] = useSearchParams();
  const state = useLocation().state as PortfolioNotice | null;
  const enrolments = useOwnEnrolments();
  const own = enrolments.data ?? [];
  const chosen = params.get('enrolment') ?? (own.length === 1 ? own[0]?.id : undefined);

  return (
    <>
      {params.get('enrolment') && own.length > 1 ? (
        <p className="breadcrumb">
          <Link to="/portfolio">All your qualifications</Link>
        </p>
      ) : null}
      <h1>My portfolio</h1>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      {chosen ? (
        <LearnerPortfolio key={chosen} enrolmentId={chosen} />
      ) : enrolments.isPending ? (
        <p role="status">Loading your enrolments…</p>
      ) : enrolments.isError ? (
        <FormAlert message={describeError(enrolments.error)} />
      ) : own.length === 0 ? (
        <p className="lead">
          You are not enrolled on a qualification yet. Once your centre enrols you, you can add
          evidence here.
        </p>
      ) : (
        <>
          <p className="lead">
            You are enrolled on more than one qualification. Choose the portfolio to open.
          </p>
          <EnrolmentsTable
            label="Your qualifications"
            scope={{ mine: 'learner' }}
            hideLearner
            empty="You are not enrolled on a qualification yet."
            linkTo={(enrolment) => `/portfolio?enrolment=${encodeURIComponent(enrolment.id)}`}
          />
        </>
      )}
    </>
  );
}
