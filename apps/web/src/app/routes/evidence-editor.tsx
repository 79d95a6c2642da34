import type { EvidenceContent, EvidenceDetail } from '@signoff/contracts';
import { portfolioChangeRefusal } from '@signoff/domain';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useOwnEnrolments } from '../../features/enrolments/api/get-enrolments';
import { useEvidence } from '../../features/evidence/api/get-evidence';
import { EvidenceEditor } from '../../features/evidence/components/evidence-editor';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { today } from '../../lib/dates';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';
import type { EvidenceNotice } from './evidence';
import type { PortfolioNotice } from './portfolio';
import { usePortfolioContext } from './portfolio-context';

/** Tells the shell not to move focus: the page is the same, only its address changes. */
export interface KeepFocusState {
  keepFocus?: boolean;
}

function portfolioPath(enrolmentId: string): string {
  return `/portfolio?enrolment=${encodeURIComponent(enrolmentId)}`;
}

/**
 * Adding evidence (`/portfolio/evidence/new`) and editing a draft (`…/:id/edit`) are the same
 * page: once a new item is saved the address becomes its own, and the editor carries on
 * undisturbed (the same component stays mounted, uploads and all).
 */
export function EvidenceEditorRoute() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const state = useLocation().state as EvidenceNotice | null;
  const evidence = useEvidence(id);
  const enrolments = useOwnEnrolments();
  const own = enrolments.data ?? [];
  const enrolmentId =
    evidence.data?.enrolmentId ??
    (id ? undefined : (params.get('enrolment') ?? (own.length === 1 ? own[0]?.id : undefined)));
  const context = usePortfolioContext(enrolmentId);
  const [blank] = useState<EvidenceContent>(() => ({
    method: 'reflective_account',
    title: '',
    narrative: '',
    activityDate: today(),
    claims: [],
  }));
  const heading = id ? 'Edit draft evidence' : 'Add evidence';
  useDocumentTitle(heading);

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to={enrolmentId ? portfolioPath(enrolmentId) : '/portfolio'}>My portfolio</Link>
    </p>
  );

  if (id && evidence.isError)
    return (
      <>
        {breadcrumb}
        <h1>{heading}</h1>
        <FormAlert message={describeError(evidence.error)} />
      </>
    );
  if (!id && !enrolmentId && !enrolments.isPending)
    return (
      <>
        {breadcrumb}
        <h1>{heading}</h1>
        <p className="lead">
          Choose the qualification to add evidence to from <Link to="/portfolio">My portfolio</Link>
          .
        </p>
      </>
    );
  if (context.error)
    return (
      <>
        {breadcrumb}
        <h1>{heading}</h1>
        <FormAlert message={describeError(context.error)} />
      </>
    );
  if (evidence.data && !evidence.data.can.edit)
    return (
      <>
        {breadcrumb}
        <h1>{heading}</h1>
        <p className="lead">
          {evidence.data.current.status === 'draft'
            ? (portfolioChangeRefusal(context.enrolment.data?.status ?? 'active') ??
              'This draft cannot be changed now.')
            : `This evidence has been ${evidence.data.current.status} and can no longer be changed.`}{' '}
          <Link to={`/portfolio/evidence/${encodeURIComponent(evidence.data.id)}`}>
            See the evidence
          </Link>
          .
        </p>
      </>
    );
  if (!enrolmentId || !context.units || (id && !evidence.data))
    return (
      <>
        {breadcrumb}
        <h1>{heading}</h1>
        <p role="status">Loading…</p>
      </>
    );

  const created = (detail: EvidenceDetail) => {
    const state: KeepFocusState = { keepFocus: true };
    void navigate(`/portfolio/evidence/${encodeURIComponent(detail.id)}/edit`, {
      replace: true,
      state,
    });
  };
  const submitted = (detail: EvidenceDetail) => {
    const state: EvidenceNotice = {
      notice: 'Submitted for assessment. Your assessor can now see this evidence.',
    };
    void navigate(`/portfolio/evidence/${encodeURIComponent(detail.id)}`, { state });
  };
  const discarded = () => {
    const state: PortfolioNotice = { notice: 'The draft is discarded.' };
    void navigate(portfolioPath(enrolmentId), { state });
  };

  return (
    <>
      {breadcrumb}
      <h1>{heading}</h1>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      <EvidenceEditor
        userId={me.id}
        enrolmentId={enrolmentId}
        detail={evidence.data}
        units={context.units}
        methodCodes={context.methodCodes}
        blank={blank}
        onCreated={created}
        onSubmitted={submitted}
        onDiscarded={discarded}
      />
    </>
  );
}
