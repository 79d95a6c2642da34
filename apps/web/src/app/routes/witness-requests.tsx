import type { CreatedWitnessRequest } from '@signoff/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/button';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useCentreWitnesses } from '../../features/witness-testimony/api/get-centre-witnesses';
import { useWitnessRequests } from '../../features/witness-testimony/api/get-witness-requests';
import { WitnessLinkPanel } from '../../features/witness-testimony/components/witness-link-panel';
import { WitnessRequestForm } from '../../features/witness-testimony/components/witness-request-form';
import { WitnessRequestsList } from '../../features/witness-testimony/components/witness-requests-list';
import { registerCentresOf } from '../../features/witness-testimony/lib/witness-register-centres';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { plannedUnitsOf } from '../../lib/evidence-claims';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';
import { usePortfolioContext } from './portfolio-context';

/** What the "Ask a witness" part of the page shows: nothing yet, the form, or the new link. */
type Asking =
  { step: 'closed' } | { step: 'form' } | { step: 'link'; created: CreatedWitnessRequest };

/**
 * An enrolment's requests for witness testimony, for everyone who sees the enrolment; its
 * learner and its assessor ask a witness here and see the link once.
 */
export function WitnessRequestsRoute() {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const context = usePortfolioContext(id);
  const enrolment = context.enrolment.data;
  const requests = useWitnessRequests(id);
  // The register is its centre's staff's: a learner names someone new, who joins it.
  const readsRegister = registerCentresOf(me.memberships).some(
    (centre) => centre.centreId === enrolment?.centreId,
  );
  const register = useCentreWitnesses(readsRegister ? enrolment?.centreId : undefined);
  const [asking, setAsking] = useState<Asking>({ step: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(
    enrolment ? `Witness testimony for ${enrolment.learner.displayName}` : 'Witness testimony',
  );

  useEffect(() => {
    if (asking.step === 'form') formHeadingRef.current?.focus();
  }, [asking.step]);

  if (context.error) {
    return (
      <>
        <h1>
          {isApiError(context.error, 'NOT_FOUND') ? 'Enrolment not found' : 'Witness testimony'}
        </h1>
        <FormAlert message={describeError(context.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );
  }
  if (!enrolment || !context.units) return <p role="status">Loading…</p>;

  const isLearner = me.id === enrolment.learner.id;
  // Its learner and its assessor, while the enrolment takes new evidence: the API says.
  const mayAsk = enrolment.can.askWitness;
  const units = plannedUnitsOf(context.units, enrolment.plannedUnits);
  const evidencePath = (evidenceId: string) =>
    isLearner
      ? `/portfolio/evidence/${encodeURIComponent(evidenceId)}`
      : `/enrolments/${encodeURIComponent(enrolment.id)}/evidence/${encodeURIComponent(evidenceId)}`;

  return (
    <>
      <p className="breadcrumb">
        {isLearner ? (
          <Link to={`/portfolio?enrolment=${encodeURIComponent(enrolment.id)}`}>My portfolio</Link>
        ) : (
          <Link to={`/enrolments/${encodeURIComponent(enrolment.id)}`}>
            Enrolment of {enrolment.learner.displayName}
          </Link>
        )}
      </p>
      <h1>Witness testimony</h1>
      <p className="lead">
        {isLearner ? 'For your' : `For ${enrolment.learner.displayName}’s`}{' '}
        {enrolment.qualification.title}. A witness who saw {isLearner ? 'you' : 'the learner'} at
        work describes it in a statement; the assessor judges it like any other evidence.
      </p>
      <StatusMessage>{notice}</StatusMessage>

      {mayAsk ? (
        asking.step === 'closed' ? (
          <div className="button-row witness-requests__ask">
            <Button
              onPress={() => {
                setNotice(null);
                setAsking({ step: 'form' });
              }}
            >
              Ask a witness
            </Button>
          </div>
        ) : (
          <section aria-labelledby="ask-heading" className="card witness-ask">
            <h2 id="ask-heading" ref={formHeadingRef} tabIndex={-1}>
              Ask a witness
            </h2>
            {asking.step === 'link' ? (
              <WitnessLinkPanel
                created={asking.created}
                onDone={() => setAsking({ step: 'closed' })}
              />
            ) : readsRegister && register.isPending ? (
              <p role="status">Loading the centre’s witnesses…</p>
            ) : (
              <WitnessRequestForm
                enrolmentId={enrolment.id}
                learnerName={enrolment.learner.displayName}
                asksForThemself={isLearner}
                units={units}
                register={register.data}
                onCreated={(created) => setAsking({ step: 'link', created })}
              />
            )}
          </section>
        )
      ) : null}

      <section aria-labelledby="requests-heading" className="witness-requests-section">
        <h2 id="requests-heading">Requests</h2>
        {requests.isPending ? (
          <p role="status">Loading the requests…</p>
        ) : requests.isError ? (
          <FormAlert message={describeError(requests.error)} />
        ) : (
          <WitnessRequestsList
            requests={requests.data}
            units={context.units}
            evidencePath={evidencePath}
            onRevoked={(request) =>
              setNotice(
                `The request to ${request.witness.name} is revoked: its link no longer works.`,
              )
            }
          />
        )}
      </section>
    </>
  );
}
