import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useEvidence } from '../../features/evidence/api/get-evidence';
import { useReviseEvidence } from '../../features/evidence/api/revise-evidence';
import { DiscardDraftButton } from '../../features/evidence/components/discard-draft-button';
import { EvidenceVersionView } from '../../features/evidence/components/evidence-version-view';
import { VersionHistory } from '../../features/evidence/components/version-history';
import { clearDraftCopy, draftCopyKey } from '../../features/evidence/lib/draft-copy';
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
 * One item of evidence: its current version in full and every earlier one. The learner who
 * wrote it may edit a draft, revise a referred item or discard a draft never submitted; staff
 * (at `/enrolments/:enrolmentId/evidence/:id`) only read.
 */
export function EvidenceRoute() {
  const { id = '', enrolmentId: staffEnrolmentId } = useParams();
  const state = useLocation().state as EvidenceNotice | null;
  const me = useSignedInUser();
  const navigate = useNavigate();
  const evidence = useEvidence(id);
  const context = usePortfolioContext(evidence.data?.enrolmentId);
  const revise = useReviseEvidence();
  const title = evidence.data
    ? evidence.data.current.title.trim() || 'Untitled draft'
    : evidence.isError
      ? 'Evidence not found'
      : 'Evidence';
  useDocumentTitle(title);

  const enrolmentId = evidence.data?.enrolmentId ?? staffEnrolmentId;
  const isAuthor = evidence.data?.author.id === me.id;
  const back =
    staffEnrolmentId || !isAuthor ? (
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
  const editPath = `/portfolio/evidence/${encodeURIComponent(detail.id)}/edit`;
  // What the API says this person may do; staff only read here until assessment arrives.
  const { can } = detail;

  return (
    <>
      <p className="breadcrumb">{back}</p>
      <h1>{title}</h1>
      <p className="lead">
        {isAuthor ? 'Your evidence' : `Evidence from ${detail.author.displayName}`}
        {detail.versions.length > 1
          ? `, version ${current.number} of ${detail.versions.length}`
          : ''}
      </p>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      <FormAlert
        message={
          revise.error
            ? isApiError(revise.error, 'CONFLICT')
              ? `${describeError(revise.error)} Reload the page to see the evidence as it is now.`
              : describeError(revise.error)
            : null
        }
      />

      {can.edit || can.revise || can.discard ? (
        <div className="button-row evidence-actions">
          {can.edit ? (
            <Link to={editPath} className="button button--primary">
              Edit draft
            </Link>
          ) : null}
          {can.revise ? (
            <Button
              isPending={revise.isPending}
              onPress={() =>
                revise.mutate(detail.id, {
                  onSuccess: () => {
                    const notice: EvidenceNotice = {
                      notice: `Version ${current.number + 1} is a new draft with everything from version ${current.number}. Change what your assessor asked for, then submit it again.`,
                    };
                    void navigate(editPath, { state: notice });
                  },
                })
              }
            >
              {revise.isPending ? 'Starting a new version…' : 'Revise'}
            </Button>
          ) : null}
          {can.discard ? (
            <DiscardDraftButton
              itemId={detail.id}
              title={current.title}
              onDiscarded={() => {
                clearDraftCopy(draftCopyKey(me.id, { itemId: detail.id }));
                const notice: PortfolioNotice = { notice: 'The draft is discarded.' };
                void navigate(`/portfolio?enrolment=${encodeURIComponent(detail.enrolmentId)}`, {
                  state: notice,
                });
              }}
            />
          ) : null}
        </div>
      ) : null}
      {can.revise ? (
        <p className="notice">
          Your assessor has referred this evidence. Revise it to start a new version; this one stays
          in the history.
        </p>
      ) : null}

      <section aria-labelledby="current-heading" className="card evidence-current">
        <h2 id="current-heading" className="visually-hidden">
          Version {current.number}
        </h2>
        <EvidenceVersionView
          version={current}
          methodCode={detail.methodCode}
          units={context.units ?? []}
          headingLevel={2}
        />
      </section>

      <section aria-labelledby="history-heading" className="units-section">
        <h2 id="history-heading">Version history</h2>
        <p className="muted">
          Every version stays as it was saved or declared, with its files and declaration.
        </p>
        <VersionHistory itemId={detail.id} units={context.units ?? []} />
      </section>
    </>
  );
}
