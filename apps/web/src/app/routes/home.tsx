import type { EnrolmentSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert';
import { AwaitingSummary } from '../../features/assessment/components/awaiting-summary';
import { useEnrolmentProgress } from '../../features/enrolments/api/get-enrolment-progress';
import { useOwnEnrolments } from '../../features/enrolments/api/get-enrolments';
import { useRecentEvidence } from '../../features/evidence/api/get-evidence-list';
import { RecordsAwaitingCountersignature } from '../../features/evidence/components/records-awaiting-countersignature';
import { CorrectionsWaiting } from '../../features/learners/components/corrections-waiting';
import { EvidenceFeedback, LearnerProgress } from '../../features/home/components/learner-progress';
import { RoleHome } from '../../features/home/components/role-home';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

/** How many items the learner's home lists of those referred back, and of those accepted lately. */
const REFERRED_SHOWN = 10;
const ACCEPTED_SHOWN = 5;

function EnrolmentProgressSection({ enrolment }: { enrolment: EnrolmentSummary }) {
  const progress = useEnrolmentProgress(enrolment.id);
  if (progress.isPending) return <p role="status">Loading your progress…</p>;
  if (progress.isError) return <FormAlert message={describeError(progress.error)} />;
  return <LearnerProgress enrolmentId={enrolment.id} progress={progress.data} />;
}

function FeedbackSection({ enrolmentId }: { enrolmentId: string }) {
  const referred = useRecentEvidence(enrolmentId, 'referred', REFERRED_SHOWN);
  const accepted = useRecentEvidence(enrolmentId, 'accepted', ACCEPTED_SHOWN);
  const error = referred.error ?? accepted.error;
  if (error) return <FormAlert message={describeError(error)} />;
  if (!referred.data || !accepted.data) return <p role="status">Loading feedback…</p>;
  return <EvidenceFeedback referred={referred.data} accepted={accepted.data} />;
}

/** Each of the learner's qualifications: their progress and their assessor's latest decisions. */
function LearnerEnrolments() {
  const enrolments = useOwnEnrolments();
  if (enrolments.isPending) return <p role="status">Loading your qualifications…</p>;
  if (enrolments.isError) return <FormAlert message={describeError(enrolments.error)} />;
  return enrolments.data.map((enrolment) => {
    const headingId = `enrolment-${enrolment.id}`;
    return (
      <section key={enrolment.id} aria-labelledby={headingId} className="card learner-enrolment">
        <h2 id={headingId}>{enrolment.qualification.title}</h2>
        <RecordsAwaitingCountersignature enrolmentId={enrolment.id} />
        <h3>Your progress</h3>
        <EnrolmentProgressSection enrolment={enrolment} />
        <h3>Feedback on your evidence</h3>
        <FeedbackSection enrolmentId={enrolment.id} />
        <h3>Your hours</h3>
        <p>
          <Link to={`/enrolments/${encodeURIComponent(enrolment.id)}/hours`}>
            Log your hours and see them against your targets
          </Link>
        </p>
        <h3>Witness testimony</h3>
        <p>
          <Link to={`/enrolments/${encodeURIComponent(enrolment.id)}/witness-requests`}>
            Ask a witness
          </Link>{' '}
          who saw your work, such as your manager, for a statement.
        </p>
      </section>
    );
  });
}

export function HomeRoute() {
  useDocumentTitle('Home');
  const me = useSignedInUser();
  return (
    <RoleHome me={me}>
      {me.roles.includes('admin') ? (
        <section aria-labelledby="corrections-waiting" className="card">
          <h2 id="corrections-waiting">Corrections waiting for you</h2>
          <CorrectionsWaiting />
        </section>
      ) : null}
      {me.roles.includes('assessor') ? (
        <section aria-labelledby="awaiting-assessment" className="card">
          <h2 id="awaiting-assessment">Awaiting your assessment</h2>
          <AwaitingSummary />
        </section>
      ) : null}
      {me.roles.includes('learner') ? <LearnerEnrolments /> : null}
    </RoleHome>
  );
}
