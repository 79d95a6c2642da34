import type { QualificationVersionStatus } from '@signoff/contracts';

export interface VersionBadgeProps {
  status: QualificationVersionStatus;
  number: number;
}

export function VersionBadge({ status, number }: VersionBadgeProps) {
  return (
    <span className={status === 'published' ? 'badge badge--published' : 'badge badge--draft'}>
      {status === 'published' ? 'Published' : 'Draft'} v{number}
    </span>
  );
}
