import type { EvidenceDetail, WorkplaceRecordKind } from '@signoff/contracts';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useEvidence } from '../../features/evidence/api/get-evidence';
import { RecordEditor } from '../../features/evidence/components/record-editor';
import { plannedUnitsOf } from '../../lib/evidence-claims';
import { pickContent, RECORD_DRAFTS } from '../../features/evidence/lib/draft-kinds';
import { recordKindOf } from '../../features/evidence/lib/workplace-records';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { today } from '../../lib/dates';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';
import type { EnrolmentNotice } from './enrolment';
import type { EvidenceNotice } from './evidence';
import type { KeepFocusState } from './evidence-editor';
import { usePortfolioContext } from './portfolio-context';

const HEADINGS: Record<WorkplaceRecordKind, { new: string; draft: string }> = {
  observation: { new: 'Record an observation', draft: 'Observation record' },
  discussion: { new: 'Record a professional discussion', draft: 'Professional discussion record' },
};

/**
 * The assessor's record of an observation or a professional discussion: a new one
 * (`/enrolments/:enrolmentId/observations/new`, `…/professional-discussions/new`) and its draft
 * (`…/records/:id/edit`) are the same page, so once the record is saved the address becomes its
 * own and the form carries on undisturbed (uploads and all).
 */
export function RecordEditorRoute({ kind: newKind }: { kind?: WorkplaceRecordKind }) {
  const { enrolmentId = '', id } = useParams();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const state = useLocation().state as EvidenceNotice | null;
  const evidence = useEvidence(id);
  const context = usePortfolioContext(enrolmentId);
  const kind = newKind ?? (evidence.data ? recordKindOf(evidence.data) : null);
  const [blank] = useState(() =>
    pickContent(RECORD_DRAFTS[newKind ?? 'observation'], {
      title: '',
      narrative: '',
      activityDate: today(),
      setting: '',
      startTime: '',
      endTime: '',
      claims: [],
    }),
  );
  const heading = kind ? HEADINGS[kind][id ? 'draft' : 'new'] : 'Record';
  useDocumentTitle(heading);
  const enrolment = context.enrolment.data;
  const enrolmentPath = `/enrolments/${encodeURIComponent(enrolmentId)}`;

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to={enrolmentPath}>
        {enrolment ? `Enrolment of ${enrolment.learner.displayName}` : 'Enrolment'}
      </Link>
    </p>
  );
  const page = (body: ReactNode) => (
    <>
      {breadcrumb}
      <h1>{heading}</h1>
      {body}
    </>
  );

  const error = (id ? evidence.error : null) ?? context.error;
  if (error) return page(<FormAlert message={describeError(error)} />);
  if (evidence.data && !kind)
    return page(
      <p className="lead">
        This is not a record you made.{' '}
        <Link to={`${enrolmentPath}/evidence/${encodeURIComponent(evidence.data.id)}`}>
          See the evidence
        </Link>
        .
      </p>,
    );
  if (evidence.data && !evidence.data.can.edit)
    return page(
      <p className="lead">
        {evidence.data.current.status === 'draft'
          ? 'This draft cannot be changed now.'
          : 'This record has been signed and can no longer be changed.'}{' '}
        <Link to={`${enrolmentPath}/evidence/${encodeURIComponent(evidence.data.id)}`}>
          See the record
        </Link>
        .
      </p>,
    );
  if (!kind || !enrolment || !context.units || (id && !evidence.data))
    return page(<p role="status">Loading…</p>);

  const learnerName = enrolment.learner.displayName;
  const created = (detail: EvidenceDetail) => {
    const focus: KeepFocusState = { keepFocus: true };
    void navigate(`${enrolmentPath}/records/${encodeURIComponent(detail.id)}/edit`, {
      replace: true,
      state: focus,
    });
  };
  const signed = (detail: EvidenceDetail) => {
    const notice: EvidenceNotice = {
      notice: `You signed this record. ${learnerName} is asked to countersign it.`,
    };
    void navigate(`${enrolmentPath}/evidence/${encodeURIComponent(detail.id)}`, {
      state: notice,
    });
  };
  const discarded = () => {
    const notice: EnrolmentNotice = { notice: 'The draft record is discarded.' };
    void navigate(enrolmentPath, { state: notice });
  };

  return page(
    <>
      <p className="lead">About {learnerName}</p>
      <StatusMessage>{state?.notice ?? null}</StatusMessage>
      <RecordEditor
        kind={kind}
        userId={me.id}
        enrolmentId={enrolmentId}
        learnerName={learnerName}
        detail={evidence.data}
        units={plannedUnitsOf(context.units, enrolment.plannedUnits)}
        blank={blank}
        onCreated={created}
        onSigned={signed}
        onDiscarded={discarded}
      />
    </>,
  );
}
