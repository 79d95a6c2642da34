import { ASSESSMENT_METHODS, type AssessmentMethod, type Unit } from '@signoff/contracts';
import { evidenceCoverage, type CriterionCoverage } from '@signoff/domain';
import { DisclosureGroup } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useWholeEvidenceList } from '../api/get-evidence-list';
import { searchWithFilter } from '../lib/evidence-filter';
import { EVIDENCE_LIST_ID } from './evidence-table';
import { DisclosureCard } from '../../../components/disclosure-card';

export interface EvidenceCoverageProps {
  enrolmentId: string;
  units: readonly Unit[];
  /** The enrolment's planned units; all the qualification's when none are planned yet. */
  plannedUnits: readonly string[];
  /** How the summary names the evidence: "Your evidence" or "The evidence". */
  whose: string;
  /** Of each unit's heading, one below the section's. */
  headingLevel: 3 | 4;
}

function itemsInWords({ items, accepted }: Pick<CriterionCoverage, 'items' | 'accepted'>): string {
  if (items === 0) return 'No evidence yet';
  const count = `${items} item${items === 1 ? '' : 's'}`;
  return accepted > 0 ? `${count}, ${accepted} accepted` : count;
}

function Needs({ methods }: { methods: readonly AssessmentMethod[] }) {
  if (methods.length === 0) return null;
  return (
    <span className="coverage__needs">
      Still needs{' '}
      {methods.map((method) => ASSESSMENT_METHODS[method].title.toLowerCase()).join(' and ')}
    </span>
  );
}

/**
 * How far the evidence reaches across the planned units' learning outcomes and criteria, unit by
 * unit, with the gaps and the assessment methods still wanted; each covered outcome leads to its
 * evidence through the portfolio's filter.
 */
export function EvidenceCoverage({
  enrolmentId,
  units,
  plannedUnits,
  whose,
  headingLevel,
}: EvidenceCoverageProps) {
  const list = useWholeEvidenceList(enrolmentId);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  if (!list.data) return null;
  // Filters the list above and takes the reader there, as a link would to an anchor.
  const showEvidence = (href: string) => {
    void Promise.resolve(navigate(href)).then(() =>
      document.getElementById(EVIDENCE_LIST_ID)?.focus(),
    );
  };
  const planned = units.filter(
    (unit) => plannedUnits.length === 0 || plannedUnits.includes(unit.reference ?? ''),
  );
  const coverage = evidenceCoverage(planned, list.data);
  const outcomes = coverage.reduce((sum, unit) => sum + unit.outcomes.length, 0);
  const covered = coverage.reduce((sum, unit) => sum + unit.covered, 0);
  const unitOf = new Map(planned.map((unit) => [unit.reference, unit]));

  return (
    <div className="coverage">
      <p className="coverage__summary">
        {whose} reaches {covered} of {outcomes} learning outcome{outcomes === 1 ? '' : 's'}
        {plannedUnits.length > 0 ? ' in the planned units' : ''}.
      </p>
      <DisclosureGroup allowsMultipleExpanded className="units">
        {coverage.map((unit) => {
          const source = unitOf.get(unit.unit);
          return (
            <DisclosureCard
              key={unit.unit}
              id={`coverage-${unit.unit}`}
              headingLevel={headingLevel}
              label={unit.unit}
              title={source?.title}
              meta={`${unit.covered} of ${unit.outcomes.length} outcomes have evidence`}
              metaTone={unit.covered === unit.outcomes.length ? 'mapped' : undefined}
            >
              <ul className="plain-list coverage__outcomes">
                {unit.outcomes.map((outcome) => {
                  const about = source?.outcomes.find((o) => o.number === outcome.outcome);
                  return (
                    <li
                      key={outcome.outcome}
                      className={
                        outcome.items === 0
                          ? 'coverage__outcome coverage__outcome--gap'
                          : 'coverage__outcome'
                      }
                    >
                      <p className="coverage__line">
                        <span>
                          <strong>Learning outcome {outcome.outcome}:</strong> {about?.title}
                        </span>
                        <span className="coverage__count">{itemsInWords(outcome)}</span>
                        <Needs methods={outcome.missingMethods} />
                        {outcome.items > 0 ? (
                          <Link
                            to={`?${searchWithFilter(params, { unit: unit.unit, outcome: outcome.outcome })}`}
                            onClick={(event) => {
                              event.preventDefault();
                              showEvidence(event.currentTarget.getAttribute('href') ?? '');
                            }}
                          >
                            Show the evidence
                            <span className="visually-hidden">
                              {' '}
                              for {unit.unit} outcome {outcome.outcome}
                            </span>
                          </Link>
                        ) : null}
                      </p>
                      {outcome.criteria.length > 0 ? (
                        <ul
                          className="plain-list coverage__criteria"
                          aria-label={`Assessment criteria of outcome ${outcome.outcome}`}
                        >
                          {outcome.criteria.map((criterion) => (
                            <li key={criterion.criterion} className="coverage__line">
                              <span>
                                <strong>{criterion.criterion}</strong>{' '}
                                {
                                  about?.criteria.find((c) => c.number === criterion.criterion)
                                    ?.title
                                }
                              </span>
                              <span className="coverage__count">{itemsInWords(criterion)}</span>
                              <Needs methods={criterion.missingMethods} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </DisclosureCard>
          );
        })}
      </DisclosureGroup>
    </div>
  );
}
