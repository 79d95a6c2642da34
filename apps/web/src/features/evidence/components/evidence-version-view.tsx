import {
  ASSESSMENT_METHODS,
  type EvidenceOrigin,
  type EvidenceVersion,
  type Unit,
  type WitnessParticulars,
} from '@signoff/contracts';
import { Fact } from '../../../components/fact';
import { formatDay, formatMoment } from '../../../lib/dates';
import { claimsByUnit } from '../../../lib/evidence-claims';
import { DECLARANT_WORDS, type Countersigner } from '../lib/evidence-status';
import { EvidenceFileList } from './evidence-file-list';
import { EvidenceStatusBadge } from './evidence-status-badge';

export interface EvidenceVersionViewProps {
  version: EvidenceVersion;
  /** The centre's short code for the version's method. */
  methodCode?: string;
  units: readonly Unit[];
  /** The level of the version's own headings. */
  headingLevel: 2 | 4;
  /** Whose countersignature a record awaits, as the reader is told. */
  countersigner?: Countersigner;
  /** Who wrote the item: an assessor's record is signed, not declared. */
  origin?: EvidenceOrigin;
}

/** One version as it was saved or declared: its content, files, mapping and declaration. */
export function EvidenceVersionView({
  version,
  methodCode,
  units,
  headingLevel,
  countersigner,
  origin = 'learner',
}: EvidenceVersionViewProps) {
  const isRecord = origin === 'assessor';
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const Subheading = headingLevel === 2 ? 'h3' : 'h5';
  const method = ASSESSMENT_METHODS[version.method];
  const groups = claimsByUnit(version.claims, units);

  return (
    <div className="evidence-version">
      <dl className="facts">
        <div className="facts__item">
          <dt>Status</dt>
          <dd>
            <EvidenceStatusBadge status={version.status} countersigner={countersigner} /> (version{' '}
            {version.number})
          </dd>
        </div>
        <div className="facts__item">
          <dt>Method</dt>
          <dd>
            <span className="method-code">{methodCode ?? method.code}</span> {method.title}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Date of the activity</dt>
          <dd>{formatDay(version.activityDate)}</dd>
        </div>
        {version.observation ? (
          <>
            <div className="facts__item">
              <dt>Setting</dt>
              <dd>{version.observation.setting || 'Not stated yet'}</dd>
            </div>
            <div className="facts__item">
              <dt>Time</dt>
              <dd>
                {version.observation.startTime || '–'} to {version.observation.endTime || '–'}
              </dd>
            </div>
          </>
        ) : null}
        <div className="facts__item">
          <dt>Last changed</dt>
          <dd>{formatMoment(version.updatedAt)}</dd>
        </div>
      </dl>

      {version.witness ? (
        <WitnessParticularsView witness={version.witness} Heading={Heading} />
      ) : null}

      <Heading>
        {isRecord
          ? version.method === 'professional_discussion'
            ? 'Notes'
            : 'What was observed'
          : version.witness
            ? 'Statement'
            : 'Narrative'}
      </Heading>
      {version.narrative.trim() === '' ? (
        <p className="muted">No narrative.</p>
      ) : (
        // The server keeps only its allow-list of tags (p, lists, emphasis, links), so this is
        // the sanitised HTML, shown as written.
        <div className="narrative" dangerouslySetInnerHTML={{ __html: version.narrative }} />
      )}

      <Heading>Files</Heading>
      <EvidenceFileList files={version.files} label={`Files of version ${version.number}`} />

      <Heading>Learning outcomes it shows</Heading>
      {groups.length === 0 ? (
        <p className="muted">Not mapped to any learning outcome.</p>
      ) : (
        groups.map((group) => (
          <div key={group.unit} className="claimed-unit">
            <Subheading className="claimed-unit__title">
              <span className="unit__reference">{group.unit}</span> {group.title ?? ''}
            </Subheading>
            <ul className="claimed-outcomes">
              {group.outcomes.map((outcome) => (
                <li key={outcome.outcome}>
                  <strong>Learning outcome {outcome.outcome}</strong>
                  {outcome.title ? `: ${outcome.title}` : ''}
                  {outcome.criteria.length > 0 ? (
                    <ul>
                      {outcome.criteria.map((criterion) => (
                        <li key={criterion.number}>
                          <strong>{criterion.number}</strong>
                          {criterion.title ? ` ${criterion.title}` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      <Heading>{isRecord ? 'The assessor’s signature' : 'Declaration'}</Heading>
      {version.declaration ? (
        <div className="declaration-record">
          <blockquote className="declaration">{version.declaration.statement}</blockquote>
          <dl className="facts">
            <div className="facts__item">
              <dt>{isRecord ? 'Signed by' : 'Declared by'}</dt>
              <dd>
                {version.declaration.declarant.displayName}
                {version.declaration.declarant.role === 'learner'
                  ? ''
                  : `, ${DECLARANT_WORDS[version.declaration.declarant.role]}`}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{isRecord ? 'Signed at' : 'Declared at'}</dt>
              <dd>
                <time dateTime={version.declaration.declaredAt}>
                  {formatMoment(version.declaration.declaredAt)}
                </time>
              </dd>
            </div>
            <div className="facts__item facts__item--wide">
              <dt>SHA-256 of what was {isRecord ? 'signed' : 'declared'}</dt>
              <dd className="hash">{version.declaration.sha256}</dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="muted">
          Not {isRecord ? 'signed' : 'declared'} yet: this version is a draft.
        </p>
      )}
    </div>
  );
}

/** Who gave a witness testimony, as they stated it when they submitted it. */
function WitnessParticularsView({
  witness,
  Heading,
}: {
  witness: WitnessParticulars;
  Heading: 'h2' | 'h4';
}) {
  return (
    <>
      <Heading>Witness</Heading>
      <dl className="facts">
        <Fact term="Name">{witness.name}</Fact>
        <Fact term="Job role">{witness.jobRole}</Fact>
        <Fact term="Relationship to the learner">{witness.relationship}</Fact>
        <Fact term="Expert witness">
          {witness.expert ? 'Yes: occupationally competent in what they testify on' : 'No'}
        </Fact>
      </dl>
    </>
  );
}
