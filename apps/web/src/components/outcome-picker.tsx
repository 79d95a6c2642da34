import type { EvidenceClaim, Unit } from '@signoff/contracts';
import { useId, useState, type Ref } from 'react';
import { Checkbox, DisclosureGroup, type Key } from 'react-aria-components';
import type { Control, FieldValues, Path, PathValue } from 'react-hook-form';
import { useFormField } from './form/form-fields';
import { claimKey, mappingSummary } from '../lib/evidence-claims';
import { CheckMark } from './check-mark';
import { DisclosureCard } from './disclosure-card';

export interface OutcomePickerProps {
  units: readonly Unit[];
  claims: readonly EvidenceClaim[];
  onChange: (claims: EvidenceClaim[]) => void;
  /** A problem with the mapping as a whole, e.g. nothing mapped. */
  errorMessage?: string | null;
  /** Problems with single claims, by unit reference. */
  unitProblems?: ReadonlyMap<string, string>;
  /** The heading level of the units (under the picker's own heading). */
  headingLevel?: 3 | 4;
  /** The id of the heading that names the picker. */
  labelledBy: string;
  /** The picker as a whole, to focus it when its mapping has a problem. */
  groupRef?: Ref<HTMLDivElement>;
  /** For the assessor: what the learner claimed, marked beside each outcome and criterion. */
  learnerClaims?: readonly EvidenceClaim[];
}

function outcomeCount(claims: readonly EvidenceClaim[], unit: string): number {
  return new Set(claims.filter((claim) => claim.unit === unit).map((claim) => claim.outcome)).size;
}

/**
 * Learning outcomes (and their assessment criteria) to map the evidence to, unit by unit: each
 * unit folds open to its outcomes, so outcomes in several units can be ticked.
 */
export function OutcomePicker({
  units,
  claims,
  onChange,
  errorMessage,
  unitProblems,
  headingLevel = 3,
  labelledBy,
  groupRef,
  learnerClaims,
}: OutcomePickerProps) {
  const chosen = new Set(claims.map(claimKey));
  const claimedByLearner = new Set(learnerClaims?.map(claimKey));
  const learnerMark = (claim: EvidenceClaim) =>
    claimedByLearner.has(claimKey(claim)) ? (
      <span className="claim-mark">claimed by the learner</span>
    ) : null;
  const withReference = units.filter((unit): unit is Unit & { reference: string } =>
    Boolean(unit.reference),
  );
  // Units already mapped start open, so a returning learner sees what they ticked.
  const [expanded, setExpanded] = useState<Set<Key>>(
    () => new Set(claims.map((claim) => `unit-${claim.unit}`)),
  );
  const summaryId = useId();
  const errorId = useId();

  function toggle(claim: EvidenceClaim, selected: boolean) {
    const key = claimKey(claim);
    onChange(
      selected
        ? [...claims.filter((existing) => claimKey(existing) !== key), claim]
        : claims.filter((existing) => claimKey(existing) !== key),
    );
  }

  return (
    <div
      ref={groupRef}
      tabIndex={-1}
      className={errorMessage ? 'outcome-picker outcome-picker--invalid' : 'outcome-picker'}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={errorMessage ? `${summaryId} ${errorId}` : summaryId}
    >
      <p id={summaryId} className="outcome-picker__summary" role="status">
        {mappingSummary(claims)}
      </p>
      {errorMessage ? (
        <p id={errorId} className="field__error">
          {errorMessage}
        </p>
      ) : null}
      <DisclosureGroup
        allowsMultipleExpanded
        expandedKeys={expanded}
        onExpandedChange={setExpanded}
        className="units"
      >
        {withReference.map((unit) => {
          const count = outcomeCount(claims, unit.reference);
          const problem = unitProblems?.get(unit.reference);
          return (
            <DisclosureCard
              key={unit.reference}
              id={`unit-${unit.reference}`}
              headingLevel={headingLevel}
              hasProblem={Boolean(problem)}
              label={unit.reference}
              title={unit.title}
              meta={
                count === 0
                  ? 'No outcomes mapped'
                  : `${count} outcome${count === 1 ? '' : 's'} mapped`
              }
              metaTone={count > 0 ? 'mapped' : undefined}
            >
              {problem ? <p className="field__error">{problem}</p> : null}
              {unit.outcomes.length === 0 ? (
                <p className="muted">This unit has no learning outcomes to map to.</p>
              ) : (
                <ul className="plain-list outcome-choices">
                  {unit.outcomes.map((outcome) => {
                    const claim = {
                      unit: unit.reference,
                      outcome: outcome.number,
                      criterion: null,
                    };
                    return (
                      <li key={outcome.number} className="outcome-choice">
                        <Checkbox
                          className="checkbox checkbox--top"
                          isSelected={chosen.has(claimKey(claim))}
                          onChange={(selected) => toggle(claim, selected)}
                        >
                          <CheckMark />
                          <span>
                            <span className="visually-hidden">{unit.reference} </span>
                            <strong>Learning outcome {outcome.number}:</strong> {outcome.title}{' '}
                            {learnerMark(claim)}
                          </span>
                        </Checkbox>
                        {outcome.criteria.length > 0 ? (
                          <ul
                            className="plain-list criterion-choices"
                            aria-label={`Assessment criteria of outcome ${outcome.number}`}
                          >
                            {outcome.criteria.map((criterion) => {
                              const criterionClaim = {
                                unit: unit.reference,
                                outcome: outcome.number,
                                criterion: criterion.number,
                              };
                              return (
                                <li key={criterion.number}>
                                  <Checkbox
                                    className="checkbox checkbox--top"
                                    isSelected={chosen.has(claimKey(criterionClaim))}
                                    onChange={(selected) => toggle(criterionClaim, selected)}
                                  >
                                    <CheckMark />
                                    <span>
                                      <span className="visually-hidden">{unit.reference} </span>
                                      <strong>{criterion.number}</strong> {criterion.title}{' '}
                                      {learnerMark(criterionClaim)}
                                    </span>
                                  </Checkbox>
                                </li>
                              );
                            })}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </DisclosureCard>
          );
        })}
      </DisclosureGroup>
    </div>
  );
}

export type OutcomePickerFieldProps<Values extends FieldValues, Name extends Path<Values>> = Omit<
  OutcomePickerProps,
  'claims' | 'onChange' | 'errorMessage' | 'groupRef'
> & {
  control: Control<Values>;
  /** A list of claims in the form's values. */
  name: Name;
  /** After each tick or untick, e.g. to clear problems the API named at a unit. */
  onChanged?: () => void;
};

/** The picker bound to a form: as a whole it takes focus when its mapping has a problem. */
export function OutcomePickerField<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  onChanged,
  ...picker
}: OutcomePickerFieldProps<Values, Name>) {
  const field = useFormField(control, name);
  return (
    <OutcomePicker
      {...picker}
      groupRef={field.ref}
      claims={field.value as EvidenceClaim[]}
      onChange={(next) => {
        field.onChange(next as PathValue<Values, Name>);
        onChanged?.();
      }}
      errorMessage={field.error}
    />
  );
}
