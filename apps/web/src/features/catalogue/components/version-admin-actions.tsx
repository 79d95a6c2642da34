import type { QualificationDetail } from '@signoff/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { usePublishQualification } from '../api/publish-qualification';
import { ProblemLinks } from './problem-links';

export interface VersionAdminActionsProps {
  qualification: QualificationDetail;
}

/** Editing and publishing, for admins: a published version never changes, so edits open a draft. */
export function VersionAdminActions({ qualification }: VersionAdminActionsProps) {
  const { version } = qualification;
  const publish = usePublishQualification(qualification.id);
  const editPath = `/qualifications/${encodeURIComponent(qualification.id)}/edit`;
  const openDraft = qualification.versions.find((candidate) => candidate.status === 'draft');
  const refused = isApiError(publish.error, 'NOT_PUBLISHABLE') ? publish.error.errors : [];

  return (
    <section aria-labelledby="version-actions-heading" className="card version-actions">
      <h2 id="version-actions-heading">
        {version.status === 'draft' ? 'Draft version' : 'Editing'}
      </h2>
      {version.status === 'draft' ? (
        <p>
          Learners and assessors do not see this draft. Publish it when its content is complete and
          checked.
        </p>
      ) : openDraft ? (
        <p>Draft version {openDraft.number} is open for editing.</p>
      ) : (
        <p>A published version never changes. Editing creates a new draft version from this one.</p>
      )}
      <div className="button-row">
        {version.status === 'draft' ? (
          <>
            <Link to={editPath} className="button button--secondary">
              Edit draft
            </Link>
            <Button isPending={publish.isPending} onPress={() => publish.mutate()}>
              {publish.isPending ? 'Publishing…' : 'Publish'}
            </Button>
          </>
        ) : openDraft ? (
          <Link to={editPath} className="button button--secondary">
            Edit draft version {openDraft.number}
          </Link>
        ) : (
          <Link to={editPath} className="button button--secondary">
            Edit (creates a new draft)
          </Link>
        )}
      </div>
      <StatusMessage>
        {publish.data ? `Version ${publish.data.number} is published.` : null}
      </StatusMessage>
      <div role="alert" className={publish.error ? 'alert alert--error' : 'alert alert--empty'}>
        {publish.error ? (
          <>
            <p className="alert__message">{describeError(publish.error)}</p>
            {refused.length > 0 ? (
              <ProblemLinks
                qualificationId={qualification.id}
                problems={refused}
                document={version.document}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
