import { Link, useParams } from 'react-router';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import { StatusMessage } from '../../components/status-message';
import { useWholeEvidenceList } from '../../features/evidence/api/get-evidence-list';
import { useHours } from '../../features/hours/api/get-hours';
import { HourEntries } from '../../features/hours/components/hour-entries';
import { HourEntryForm } from '../../features/hours/components/hour-entry-form';
import { HourTargetForm } from '../../features/hours/components/hour-target-form';
import { HourTotals } from '../../features/hours/components/hour-totals';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';
import { useSignedInUser } from './app-layout';

/**
 * An enrolment's hours (`/enrolments/:id/hours`), for everyone who sees the enrolment: the totals
 * per category against their targets, and the entries. The learner logs, changes and corrects
 * entries here, the assessor confirms or queries them, an admin sets targets.
 */
export function HoursRoute() {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const view = useHours(id);
  const isLearner = view.data?.learner.id === me.id;
  const evidence = useWholeEvidenceList(isLearner ? id : '');
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(
    view.data
      ? isLearner
        ? 'My hours'
        : `Hours of ${view.data.learner.displayName}`
      : view.isError
        ? 'Enrolment not found'
        : 'Hours',
  );

  if (view.isPending) return <p role="status">Loading the hours…</p>;
  if (view.isError)
    return (
      <>
        <h1>{isApiError(view.error, 'NOT_FOUND') ? 'Enrolment not found' : 'Hours'}</h1>
        <FormAlert message={describeError(view.error)} />
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </>
    );

  const hours = view.data;
  const evidenceOptions = isLearner
    ? (evidence.data ?? []).map((item) => ({ id: item.id, label: item.title }))
    : [];
  const evidencePath = (itemId: string) =>
    isLearner
      ? `/portfolio/evidence/${encodeURIComponent(itemId)}`
      : `/enrolments/${encodeURIComponent(id)}/evidence/${encodeURIComponent(itemId)}`;

  return (
    <>
      <p className="breadcrumb">
        {isLearner ? (
          <Link to={`/portfolio?enrolment=${encodeURIComponent(id)}`}>My portfolio</Link>
        ) : (
          <Link to={`/enrolments/${encodeURIComponent(id)}`}>
            Enrolment of {hours.learner.displayName}
          </Link>
        )}
      </p>
      <h1>{isLearner ? 'My hours' : `Hours of ${hours.learner.displayName}`}</h1>
      <StatusMessage>{notice}</StatusMessage>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">Totals against targets</h2>
        <HourTotals
          totals={hours.totals}
          targetForm={
            hours.can.setTargets
              ? (total) => <HourTargetForm enrolmentId={id} total={total} />
              : undefined
          }
        />
      </section>

      {hours.can.log ? (
        <section aria-labelledby="log-heading" className="card">
          <h2 id="log-heading">Log hours</h2>
          <HourEntryForm
            enrolmentId={id}
            hours={hours}
            evidence={evidenceOptions}
            mode={{ kind: 'log' }}
            onDone={setNotice}
          />
        </section>
      ) : isLearner ? (
        <p className="notice">Hours cannot be logged while your enrolment is not active.</p>
      ) : null}

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Entries</h2>
        <HourEntries
          enrolmentId={id}
          hours={hours}
          evidence={evidenceOptions}
          evidencePath={evidencePath}
          onDone={setNotice}
        />
      </section>
    </>
  );
}
