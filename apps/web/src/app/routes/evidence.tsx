import type { AssessmentDecisionKind, EvidenceDetail } from '@signoff/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import {
  assessmentQueueQueryKey,
  getNextAwaiting,
} from '../../features/assessment/api/get-assessment-queue';
import { useEvidence } from '../../features/evidence/api/get-evidence';
import { useReviseEvidence } from '../../features/evidence/api/revise-evidence';
import { AssessmentDecisions } from '../../features/evidence/components/assessment-decisions';
import { CountersignPanel } from '../../features/evidence/components/countersign-panel';
import { DecisionForm } from '../../features/evidence/components/decision-form';
import { DiscardDraftButton } from '../../features/evidence/components/discard-draft-button';
import { EvidenceVersionView } from '../../features/evidence/components/evidence-version-view';
import { RecordCountersignatures } from '../../features/evidence/components/record-countersignatures';
import { VersionHistory } from '../../features/evidence/components/version-history';
import { WithdrawAcceptanceButton } from '../../features/evidence/components/withdraw-acceptance-dialog';
import { clearDraftCopy, draftCopyKey } from '../../features/evidence/lib/draft-copy';
import { recordFormPath, recordKindOf } from '../../features/evidence/lib/workplace-records';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';
import type { PortfolioNotice } from './portfolio';
import { usePortfolioContext } from './portfolio-context';

export interface EvidenceNotice {
  notice?: string;
}

/**
 * One item of evidence: its current version in full, the assessor's decisions and every earlier
 * version. The learner who wrote it may edit a draft, revise a referred item or discard a draft
 * never submitted; the enrolment's assessor (at `/enrolments/:enrolmentId/evidence/:id`) decides
 * beside the evidence, then goes on to the next item awaiting them, or withdraws an acceptance;
 * other staff read.
 */
export function EvidenceRoute() {
  const { id = '', enrolmentId: staffEnrolmentId } = useParams();
  const state = useLocation().state as EvidenceNotice | null;
  const me = useSignedInUser();
  const navigate = useNavigate();
  const evidence = useEvidence(id);
  const context = usePortfolioContext(evidence.data?.enrolmentId);
  const revise = useReviseEvidence();
  const queryClient = useQueryClient();
  // Said on this item only: the page stays mounted when the assessor opens another.
  const [withdrawn, setWithdrawn] = useState<{ itemId: string; notice: string } | null>(null);
  const title = evidence.data
    ? evidence.data.current.title.trim() || 'Untitled draft'
    : evidence.isError
      ? 'Evidence not found'
      : 'Evidence';
  useDocumentTitle(title);

  const enrolmentId = evidence.data?.enrolmentId ?? staffEnrolmentId;
  const isAuthor = evidence.data?.author.id === me.id;
  const learner = context.enrolment.data?.learner;
  const countersigner = learner
    ? learner.id === me.id
      ? { you: true as const }
      : { name: learner.displayName }
    : undefined;
  // Said on this item only, as the withdrawal's notice is.
  const [countersigned, setCountersigned] = useState<{ itemId: string; notice: string } | null>(
    null,
  );
  const back =
    staffEnrolmentId || (!isAuthor && context.enrolment.data?.learner.id !== me.id) ? (
      <Link to={`/enrolments/${encodeURIComponent(enrolmentId ?? '')}`}>
        {context.enrolment.data
          ? `Enrolment of ${context.enrolment.data.learner.displayName}`
          : 'Enrolment'}
      </Link>
    ) : (
      <Link to={`/portfolio?enrolment=${encodeURIComponent(enrolmentId ?? '')}`}>My portfolio</Link>
    );

  if (evidence.isPending) return <p role="status">Loading the evidence…</p>;
  if (evidence.isError)
    return (
      <>
        <h1>{title}</h1>
        <FormAlert message={describeError(evidence.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );

  const detail = evidence.data;
  const { current } = detail;
  const kind = recordKindOf(detail);
  const editPath = kind
    ? recordFormPath(detail.enrolmentId, { itemId: detail.id })
    : `/portfolio/evidence/${encodeURIComponent(detail.id)}/edit`;
  const disagreement =
    kind && current.status === 'referred'
      ? detail.countersignatures.find(
          (countersignature) =>
            countersignature.version === current.number && !countersignature.agreed,
        )
      : undefined;
  // What the API says this person may do.
  const { can } = detail;
  const newest = detail.decisions[0];
  const referral =
    current.status === 'referred' &&
    newest?.decision === 'refer' &&
    newest.version === current.number
      ? newest
      : null;
  const plannedUnits = context.enrolment.data?.plannedUnits;

  /** An assessor working through their queue goes on to the oldest item still awaiting them. */
  const decided = async (decidedDetail: EvidenceDetail, decision: AssessmentDecisionKind) => {
    const name = `“${decidedDetail.current.title}”`;
    const done =
      decision === 'refer'
        ? `You referred ${name} back to ${decidedDetail.author.displayName} with your feedback.`
        : `You accepted ${name} (version ${decidedDetail.current.number}).`;
    await queryClient.invalidateQueries({ queryKey: assessmentQueueQueryKey });
    const next = await getNextAwaiting().catch(() => null);
    const item = next?.items[0];
    if (item && next) {
      const notice: EvidenceNotice = {
        notice: `${done} Next: the oldest evidence awaiting you (${next.total} in all).`,
      };
      void navigate(
        `/enrolments/${encodeURIComponent(item.enrolmentId)}/evidence/${encodeURIComponent(item.evidenceId)}`,
        { state: notice },
      );
    } else {
      const notice: EvidenceNotice = {
        notice: next ? `${done} Nothing else awaits you.` : done,
      };
      void navigate('/assessment', { state: notice });
    }
  };

  return (
    <>
      <p className="breadcrumb">{back}</p>
      <h1>{title}</h1>
      <p className="lead">
        {current.witness
          ? `${current.witness.expert ? 'Expert witness' : 'Witness'} testimony from ${current.witness.name}, asked for by ${isAuthor ? 'you' : detail.author.displayName}`
          : kind
            ? `${kind === 'observation' ? 'Direct observation' : 'Professional discussion'} recorded by ${isAuthor ? 'you' : `${detail.author.displayName}, assessor`}`
            : isAuthor
              ? 'Your evidence'
              : `Evidence from ${detail.author.displayName}`}
        {detail.versions.length > 1
          ? `, version ${current.number} of ${detail.versions.length}`
          : ''}
      </p>
      <StatusMessage>
        {(withdrawn?.itemId === detail.id ? withdrawn.notice : null) ??
          (countersigned?.itemId === detail.id ? countersigned.notice : null) ??
          state?.notice ??
          null}
      </StatusMessage>
      <FormAlert
        message={
          revise.error
            ? isApiError(revise.error, 'CONFLICT')
              ? `${describeError(revise.error)} Reload the page to see the evidence as it is now.`
              : describeError(revise.error)
            : null
        }
      />

      {referral ? (
        <section aria-labelledby="referral-heading" className="notice notice--referral">
          <h2 id="referral-heading">
            {isAuthor
              ? 'Your assessor referred this evidence'
              : `Referred by ${referral.assessor.displayName}`}
          </h2>
          <blockquote className="feedback">{referral.feedback}</blockquote>
          {isAuthor ? (
            <p>
              {can.revise
                ? 'Revise it to start a new version with what your assessor asked for; this one stays in the history.'
                : 'This version stays in the history as it was.'}
            </p>
          ) : null}
        </section>
      ) : null}

      {disagreement ? (
        <section aria-labelledby="disagreement-heading" className="notice notice--referral">
          <h2 id="disagreement-heading">
            {disagreement.learner.id === me.id
              ? 'You did not agree with this record'
              : `${disagreement.learner.displayName} does not agree with this record`}
          </h2>
          <blockquote className="feedback">{disagreement.comment}</blockquote>
          {can.revise ? (
            <p>
              Revise it to start a new version that puts this right; this one stays in the history.{' '}
              {disagreement.learner.displayName} is then asked to countersign the new version.
            </p>
          ) : null}
        </section>
      ) : null}

      {can.edit || can.revise || can.discard || can.withdrawAcceptance ? (
        <div className="button-row evidence-actions">
          {can.edit ? (
            <Link to={editPath} className="button button--primary">
              {kind ? 'Edit the draft record' : 'Edit draft'}
            </Link>
          ) : null}
          {can.revise ? (
            <Button
              isPending={revise.isPending}
              onPress={() =>
                revise.mutate(detail.id, {
                  onSuccess: () => {
                    const notice: EvidenceNotice = {
                      notice: kind
                        ? `Version ${current.number + 1} is a new draft with everything from version ${current.number}. Put right what ${learner?.displayName ?? 'the learner'} said, then sign it again.`
                        : `Version ${current.number + 1} is a new draft with everything from version ${current.number}. Change what your assessor asked for, then submit it again.`,
                    };
                    void navigate(editPath, { state: notice });
                  },
                })
              }
            >
              {revise.isPending
                ? 'Starting a new version…'
                : kind
                  ? 'Revise this record'
                  : 'Revise'}
            </Button>
          ) : null}
          {can.discard ? (
            <DiscardDraftButton
              itemId={detail.id}
              title={current.title}
              onDiscarded={() => {
                clearDraftCopy(draftCopyKey(me.id, { itemId: detail.id }));
                const notice: PortfolioNotice = { notice: 'The draft is discarded.' };
                void navigate(
                  kind
                    ? `/enrolments/${encodeURIComponent(detail.enrolmentId)}`
                    : `/portfolio?enrolment=${encodeURIComponent(detail.enrolmentId)}`,
                  { state: notice },
                );
              }}
            />
          ) : null}
          {can.withdrawAcceptance ? (
            <WithdrawAcceptanceButton
              detail={detail}
              onWithdrawn={(decided) =>
                setWithdrawn({
                  itemId: decided.id,
                  notice: `You withdrew the acceptance of version ${decided.current.number}. It awaits your decision again.`,
                })
              }
            />
          ) : null}
        </div>
      ) : null}
      <div className={can.decide ? 'assessment-layout' : undefined}>
        <div className="assessment-layout__evidence">
          <section aria-labelledby="current-heading" className="card evidence-current">
            <h2 id="current-heading" className="visually-hidden">
              Version {current.number}
            </h2>
            <EvidenceVersionView
              version={current}
              methodCode={detail.methodCode}
              units={context.units ?? []}
              headingLevel={2}
              countersigner={countersigner}
              origin={detail.origin}
            />
          </section>

          {can.countersign ? (
            <CountersignPanel
              key={`${detail.id}-${current.number}`}
              detail={detail}
              onCountersigned={(signed, agreed) =>
                setCountersigned({
                  itemId: signed.id,
                  notice: agreed
                    ? `You agreed that the record is accurate. It is accepted as evidence by ${signed.author.displayName}, who made it.`
                    : `You did not agree with the record. ${signed.author.displayName} can now revise it.`,
                })
              }
            />
          ) : null}

          {kind ? (
            <section aria-labelledby="countersignatures-heading" className="units-section">
              <h2 id="countersignatures-heading">The learner’s countersignatures</h2>
              <RecordCountersignatures countersignatures={detail.countersignatures} />
            </section>
          ) : null}

          {detail.decisions.length > 0 ? (
            <section aria-labelledby="decisions-heading" className="units-section">
              <h2 id="decisions-heading">Assessment decisions</h2>
              <p className="muted">
                Newest first. The assessor’s mapping is what counts; the learner’s claim stays
                beside it.
              </p>
              <AssessmentDecisions
                itemId={detail.id}
                decisions={detail.decisions}
                units={context.units ?? []}
              />
            </section>
          ) : null}
        </div>

        {can.decide ? (
          context.units && plannedUnits ? (
            <DecisionForm
              key={`${detail.id}-${current.number}`}
              detail={detail}
              units={context.units}
              plannedUnits={plannedUnits}
              onDecided={(decidedDetail, decision) => void decided(decidedDetail, decision)}
            />
          ) : (
            <p role="status" className="card decision-panel">
              Loading the enrolment’s units…
            </p>
          )
        ) : null}

        <section
          aria-labelledby="history-heading"
          className="units-section assessment-layout__history"
        >
          <h2 id="history-heading">Version history</h2>
          <p className="muted">
            Every version stays as it was saved or declared, with its files and declaration.
          </p>
          <VersionHistory itemId={detail.id} units={context.units ?? []} />
        </section>
      </div>
    </>
  );
}
