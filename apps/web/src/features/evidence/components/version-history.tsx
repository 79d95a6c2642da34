import type { EvidenceVersion, Unit } from '@signoff/contracts';
import { DisclosureGroup } from 'react-aria-components';
import { FormAlert } from '../../../components/form-alert';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useEvidenceVersions } from '../api/get-evidence-versions';
import { EVIDENCE_STATUS_WORDS } from '../lib/evidence-status';
import { EvidenceVersionView } from './evidence-version-view';
import { DisclosureCard } from '../../../components/disclosure-card';

function versionLine(version: EvidenceVersion): string {
  const when = version.declaration
    ? `declared ${formatMoment(version.declaration.declaredAt)}`
    : `last changed ${formatMoment(version.updatedAt)}`;
  return `${EVIDENCE_STATUS_WORDS[version.status]}, ${when}`;
}

export interface VersionHistoryProps {
  itemId: string;
  units: readonly Unit[];
}

/** Every version of the item, newest first; each opens to what it held and what was declared. */
export function VersionHistory({ itemId, units }: VersionHistoryProps) {
  const versions = useEvidenceVersions(itemId);
  if (versions.isPending) return <p role="status">Loading the versions…</p>;
  if (versions.isError) return <FormAlert message={describeError(versions.error)} />;
  const newestFirst = [...versions.data].reverse();
  return (
    <DisclosureGroup allowsMultipleExpanded className="units version-history">
      {newestFirst.map((version) => (
        <DisclosureCard
          key={version.number}
          id={`version-${version.number}`}
          headingLevel={3}
          label={`Version ${version.number}`}
          title={version.title || 'Untitled'}
          meta={versionLine(version)}
        >
          <EvidenceVersionView version={version} units={units} headingLevel={4} />
        </DisclosureCard>
      ))}
    </DisclosureGroup>
  );
}
