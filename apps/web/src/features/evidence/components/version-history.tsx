import type { EvidenceVersion, Unit } from '@signoff/contracts';
import {
  Button as AriaButton,
  Disclosure,
  DisclosureGroup,
  DisclosurePanel,
  Heading,
} from 'react-aria-components';
import { FormAlert } from '../../../components/form-alert';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useEvidenceVersions } from '../api/get-evidence-versions';
import { EVIDENCE_STATUS_WORDS } from '../lib/evidence-status';
import { EvidenceVersionView } from './evidence-version-view';

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
        <Disclosure key={version.number} id={`version-${version.number}`} className="unit">
          <Heading level={3} className="unit__heading">
            <AriaButton slot="trigger" className="unit__trigger">
              <span className="unit__chevron" aria-hidden="true" />
              <span className="unit__name">
                <span className="unit__reference">Version {version.number}</span>{' '}
                <span className="unit__title">{version.title || 'Untitled'}</span>
                <span className="unit__meta">{versionLine(version)}</span>
              </span>
            </AriaButton>
          </Heading>
          <DisclosurePanel className="unit__panel">
            <EvidenceVersionView version={version} units={units} headingLevel={4} />
          </DisclosurePanel>
        </Disclosure>
      ))}
    </DisclosureGroup>
  );
}
