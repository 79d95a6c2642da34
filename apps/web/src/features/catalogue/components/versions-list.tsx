import type { QualificationVersionSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/not-stated';

export interface VersionsListProps {
  qualificationId: string;
  versions: readonly QualificationVersionSummary[];
  /** The number of the version on the page. */
  shown: number;
}

export function VersionsList({ qualificationId, versions, shown }: VersionsListProps) {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    <ul className="versions">
      {newestFirst.map((version) => (
        <li key={version.id} className="versions__item">
          <Link
            to={`/qualifications/${encodeURIComponent(qualificationId)}?version=${version.number}`}
            aria-current={version.number === shown ? 'page' : undefined}
            className="versions__link"
          >
            Version {version.number}
          </Link>{' '}
          <span
            className={
              version.status === 'published' ? 'badge badge--published' : 'badge badge--draft'
            }
          >
            {version.status === 'published' ? 'Published' : 'Draft'}
          </span>
          {version.number === shown ? <span className="muted">(shown here)</span> : null}
          <span className="versions__dates">
            Created {formatDate(version.createdAt)}
            {version.status === 'published'
              ? `; published ${formatDate(version.publishedAt)}${version.publishedBy ? ` by ${version.publishedBy}` : ''}`
              : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
