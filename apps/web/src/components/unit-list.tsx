import type { AssessmentMethod, Unit } from '@signoff/contracts';
import { useState } from 'react';
import { DisclosureGroup, type Key } from 'react-aria-components';
import { Button } from './button';
import { orNotStated } from '../lib/not-stated';
import { MethodCodes, MethodLegend } from './method-codes';
import { DisclosureCard } from './disclosure-card';

function unitMeta(unit: Unit): string {
  return [
    `Level ${orNotStated(unit.level)}`,
    unit.credits === null ? 'credits not stated' : `${unit.credits} credits`,
    `GLH ${orNotStated(unit.glh)}`,
    `TQT ${orNotStated(unit.tqt)}`,
  ].join(' · ');
}

function methodsUsed(units: readonly Unit[]): Set<AssessmentMethod> {
  const used = new Set<AssessmentMethod>();
  for (const unit of units)
    for (const outcome of unit.outcomes) {
      for (const method of outcome.requiredMethods) used.add(method);
      for (const criterion of outcome.criteria)
        for (const method of criterion.requiredMethods) used.add(method);
    }
  return used;
}

function UnitContent({ unit }: { unit: Unit }) {
  return (
    <>
      <dl className="facts facts--compact">
        <div className="facts__item">
          <dt>Reference</dt>
          <dd>{orNotStated(unit.reference)}</dd>
        </div>
        <div className="facts__item">
          <dt>Level</dt>
          <dd>{orNotStated(unit.level)}</dd>
        </div>
        <div className="facts__item">
          <dt>Credits</dt>
          <dd>{orNotStated(unit.credits)}</dd>
        </div>
        <div className="facts__item">
          <dt>GLH</dt>
          <dd>{orNotStated(unit.glh, ' hours')}</dd>
        </div>
        <div className="facts__item">
          <dt>TQT</dt>
          <dd>{orNotStated(unit.tqt, ' hours')}</dd>
        </div>
      </dl>
      {unit.outcomes.length === 0 ? (
        <p className="muted">No learning outcomes have been entered for this unit yet.</p>
      ) : (
        <ol className="outcomes">
          {unit.outcomes.map((outcome) => (
            <li key={outcome.number} className="outcome">
              <h4 className="outcome__title">
                <span className="outcome__number">Learning outcome {outcome.number}:</span>{' '}
                {outcome.title} <MethodCodes methods={outcome.requiredMethods} />
              </h4>
              {outcome.criteria.length === 0 ? (
                <p className="muted">No assessment criteria entered.</p>
              ) : (
                <ol
                  className="criteria"
                  aria-label={`Assessment criteria of outcome ${outcome.number}`}
                >
                  {outcome.criteria.map((criterion) => (
                    <li key={criterion.number} className="criterion">
                      <span className="criterion__number">{criterion.number}</span>
                      <span className="criterion__title">
                        {criterion.title} <MethodCodes methods={criterion.requiredMethods} />
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export interface UnitListProps {
  units: readonly Unit[];
}

/** Units folded to one line each, so a diploma is scannable on a phone; open any or all. */
export function UnitList({ units }: UnitListProps) {
  const keys = units.map((_unit, index) => `unit-${index}`);
  const [expanded, setExpanded] = useState<Set<Key>>(new Set());
  const allOpen = units.length > 0 && expanded.size === units.length;

  if (units.length === 0) return <p>No units have been entered yet.</p>;

  return (
    <>
      <div className="button-row units__controls">
        <Button
          variant="secondary"
          className="button--small"
          onPress={() => setExpanded(allOpen ? new Set() : new Set(keys))}
        >
          {allOpen ? 'Close all units' : 'Open all units'}
        </Button>
      </div>
      <DisclosureGroup
        allowsMultipleExpanded
        expandedKeys={expanded}
        onExpandedChange={setExpanded}
        className="units"
      >
        {units.map((unit, index) => (
          <DisclosureCard
            key={keys[index]}
            id={keys[index]}
            headingLevel={3}
            label={orNotStated(unit.reference)}
            title={unit.title}
            meta={unitMeta(unit)}
          >
            <UnitContent unit={unit} />
          </DisclosureCard>
        ))}
      </DisclosureGroup>
      <MethodLegend methods={methodsUsed(units)} />
    </>
  );
}
