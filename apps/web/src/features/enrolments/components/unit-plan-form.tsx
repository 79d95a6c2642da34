import type {
  EnrolmentDetail,
  EnrolmentProgress,
  QualificationDocument,
  Unit,
} from '@signoff/contracts';
import { useEffect, useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { SubmitButton, ValidatedForm } from '../../../components/form/validated-form';
import { RulesEvaluationView } from '../../../components/rules-evaluation';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useUnitPlanCheck } from '../api/check-unit-plan';
import { usePlanUnits } from '../api/plan-units';

/** Where a unit sits in the rules: mandatory, an optional group, a pathway's. */
function unitPlaces(document: QualificationDocument, reference: string): string[] {
  const places = document.rules.groups
    .filter((group) => group.units.includes(reference))
    .map((group) => (group.kind === 'mandatory' ? 'Mandatory' : group.title));
  if (document.rules.requiredUnits.includes(reference) && !places.includes('Mandatory'))
    places.unshift('Required');
  return places;
}

function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

export interface UnitPlanFormProps {
  enrolment: EnrolmentDetail;
  document: QualificationDocument;
  progress: EnrolmentProgress;
}

/**
 * The learner's choice of units, checked against the rules of combination as it changes (a plan
 * may be saved incomplete). Units already achieved cannot leave the plan. Shown read-only when
 * the API says the plan cannot change now (an enrolment that is not active).
 */
export function UnitPlanForm({ enrolment, document, progress }: UnitPlanFormProps) {
  // A plan may be saved incomplete: nothing is checked before sending.
  const form = useForm<{ plannedUnits: string[] }>({
    defaultValues: { plannedUnits: enrolment.plannedUnits },
  });
  const chosen = useWatch({ control: form.control, name: 'plannedUnits' });
  const [sent, setSent] = useState<string[]>([]);
  const update = usePlanUnits(enrolment.id);
  const { reset: forgetAnswer } = update;

  useEffect(() => {
    // A change makes the last answer (saved, or refused) old news.
    const subscription = form.watch(() => forgetAnswer());
    return () => subscription.unsubscribe();
  }, [form, forgetAnswer]);
  const check = useUnitPlanCheck({
    qualificationId: enrolment.qualification.id,
    version: enrolment.qualification.version,
    pathway: enrolment.pathway,
    units: chosen,
  });
  const achieved = useMemo(
    () =>
      new Set(
        progress.units.filter((unit) => unit.status === 'achieved').map((unit) => unit.reference),
      ),
    [progress],
  );
  const units = document.units.filter((unit): unit is Unit & { reference: string } =>
    Boolean(unit.reference),
  );
  const isDirty = !sameUnits(chosen, enrolment.plannedUnits);
  const mayPlan = enrolment.can.planUnits;

  /** The API's problems by unit: `plannedUnits.N` names the Nth unit sent. */
  const problems = useMemo(() => {
    const byUnit = new Map<string, string>();
    const general: string[] = [];
    if (isApiError(update.error, 'VALIDATION_FAILED'))
      for (const problem of update.error.errors) {
        const match = problem.path.match(/^plannedUnits\.(\d+)$/);
        const reference = match ? sent[Number(match[1])] : undefined;
        if (reference) byUnit.set(reference, problem.message);
        else general.push(problem.message);
      }
    return { byUnit, general };
  }, [update.error, sent]);

  const alert = update.error ? [describeError(update.error), ...problems.general].join(' ') : null;

  return (
    <div className="unit-plan">
      <ValidatedForm
        form={form}
        onValid={({ plannedUnits }) => {
          setSent(plannedUnits);
          update.mutate({ plannedUnits });
        }}
        isPending={update.isPending}
        className="form unit-plan__form"
        aria-label="Your plan of units"
      >
        <CheckboxGroup
          className="checkbox-group"
          value={chosen}
          onChange={(value) => form.setValue('plannedUnits', value)}
          isInvalid={problems.byUnit.size > 0}
          isDisabled={!mayPlan}
        >
          <Label className="field__label">Units in your plan</Label>
          <Text slot="description" className="field__description">
            {achieved.size > 0
              ? 'Units you have achieved stay in your plan.'
              : 'Choose the units you mean to take. You can change your plan until units are achieved.'}
          </Text>
          <div className="checkbox-group__options unit-plan__options">
            {units.map((unit) => {
              const places = unitPlaces(document, unit.reference);
              const problem = problems.byUnit.get(unit.reference);
              const locked = achieved.has(unit.reference);
              return (
                <div key={unit.reference} className="unit-plan__option">
                  <Checkbox
                    value={unit.reference}
                    isDisabled={locked}
                    className="checkbox checkbox--top"
                  >
                    <span className="checkbox__box" aria-hidden="true">
                      <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
                        <polyline points="3.5 9.5 7.5 13 14.5 5" />
                      </svg>
                    </span>
                    <span>
                      <strong>{unit.reference}</strong> {unit.title}{' '}
                      <span className="muted">
                        ({unit.credits === null ? 'credits not stated' : `${unit.credits} credits`}
                        {places.length > 0 ? `; ${places.join(', ')}` : ''}
                        {locked ? '; achieved' : ''})
                      </span>
                    </span>
                  </Checkbox>
                  {problem ? <p className="field__error">{problem}</p> : null}
                </div>
              );
            })}
          </div>
        </CheckboxGroup>
        <FormAlert message={alert} />
        <StatusMessage>{update.isSuccess && !isDirty ? 'Your plan is saved.' : null}</StatusMessage>
        {mayPlan ? (
          <div className="button-row">
            <SubmitButton pendingLabel="Saving…">Save plan</SubmitButton>
            {isDirty ? (
              <Button
                variant="secondary"
                onPress={() => form.reset({ plannedUnits: enrolment.plannedUnits })}
              >
                Undo changes
              </Button>
            ) : null}
          </div>
        ) : (
          <p className="notice">Your plan cannot be changed while your enrolment is not active.</p>
        )}
        {isDirty ? <p className="muted">Your changes are not saved yet.</p> : null}
      </ValidatedForm>

      <section aria-labelledby="plan-check-heading" className="unit-plan__check">
        <h3 id="plan-check-heading">What the rules still require</h3>
        {check.isError ? <FormAlert message={describeError(check.error)} /> : null}
        <div role="status" className="visually-hidden">
          {check.data && !check.isFetching
            ? check.data.satisfied
              ? 'This plan meets the rules of combination.'
              : `This plan does not meet the rules of combination yet: ${check.data.shortfalls.length} shortfall${check.data.shortfalls.length === 1 ? '' : 's'}.`
            : null}
        </div>
        {check.data ? (
          <RulesEvaluationView evaluation={check.data} subject="This plan" />
        ) : check.isPending ? (
          <p>Checking your plan…</p>
        ) : null}
      </section>
    </div>
  );
}
