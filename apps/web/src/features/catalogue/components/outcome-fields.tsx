import { Button } from '../../../components/button';
import { useDraftEditor } from '../hooks/use-draft-editor';
import {
  newCriterion,
  withCriterion,
  withOutcome,
  without,
  type OutcomeForm,
} from '../lib/draft-form';
import { EditorField } from './editor-field';
import { MethodCheckboxes } from './method-checkboxes';
import { PlaceProblems } from './place-problems';

export interface OutcomeFieldsProps {
  outcome: OutcomeForm;
  u: number;
  o: number;
}

export function OutcomeFields({ outcome, u, o }: OutcomeFieldsProps) {
  const { placed, edit, remove, add, document } = useDraftEditor();
  const at = `units.${u}.outcomes.${o}`;
  const name = `learning outcome ${outcome.number || o + 1}`;

  return (
    <fieldset className="outcome-fields">
      <legend className="outcome-fields__legend">Learning outcome {outcome.number || o + 1}</legend>
      <PlaceProblems document={document} path={at} problems={placed.get(at)} />
      <div className="field-grid field-grid--outcome">
        <EditorField
          label="Number"
          path={`${at}.number`}
          value={outcome.number}
          numeric
          description="1, 2, 3…"
          update={(form, number) => withOutcome(form, u, o, (item) => ({ ...item, number }))}
        />
        <EditorField
          label="Outcome"
          path={`${at}.title`}
          value={outcome.title}
          description="What the learner will understand or be able to do."
          update={(form, title) => withOutcome(form, u, o, (item) => ({ ...item, title }))}
        />
      </div>
      <MethodCheckboxes
        owner={name}
        path={`${at}.requiredMethods`}
        value={outcome.requiredMethods}
        problems={placed.get(`${at}.requiredMethods`)}
        onChange={(requiredMethods) =>
          edit(`${at}.requiredMethods`, (form) =>
            withOutcome(form, u, o, (item) => ({ ...item, requiredMethods })),
          )
        }
      />

      <h5 className="criteria-fields__title">Assessment criteria</h5>
      <PlaceProblems
        document={document}
        path={`${at}.criteria`}
        problems={placed.get(`${at}.criteria`)}
      />
      {outcome.criteria.length === 0 ? (
        <p className="muted">No assessment criteria yet.</p>
      ) : (
        <ol className="criteria-fields">
          {outcome.criteria.map((criterion, c) => {
            const criterionAt = `${at}.criteria.${c}`;
            const label = `criterion ${criterion.number || `${outcome.number}.${c + 1}`}`;
            return (
              <li key={criterion.key} className="criterion-fields">
                <fieldset className="criterion-fields__set">
                  <legend className="outcome-fields__legend">Assessment {label}</legend>
                  <PlaceProblems
                    document={document}
                    path={criterionAt}
                    problems={placed.get(criterionAt)}
                  />
                  <div className="field-grid field-grid--outcome">
                    <EditorField
                      label="Number"
                      path={`${criterionAt}.number`}
                      value={criterion.number}
                      description="e.g. 1.1"
                      update={(form, number) =>
                        withCriterion(form, u, o, c, (item) => ({ ...item, number }))
                      }
                    />
                    <EditorField
                      label="Criterion"
                      path={`${criterionAt}.title`}
                      value={criterion.title}
                      update={(form, title) =>
                        withCriterion(form, u, o, c, (item) => ({ ...item, title }))
                      }
                    />
                  </div>
                  <MethodCheckboxes
                    owner={label}
                    path={`${criterionAt}.requiredMethods`}
                    value={criterion.requiredMethods}
                    problems={placed.get(`${criterionAt}.requiredMethods`)}
                    onChange={(requiredMethods) =>
                      edit(`${criterionAt}.requiredMethods`, (form) =>
                        withCriterion(form, u, o, c, (item) => ({ ...item, requiredMethods })),
                      )
                    }
                  />
                  <Button
                    variant="secondary"
                    className="button--small"
                    aria-label={`Remove ${label}`}
                    onPress={() =>
                      remove(`${at}.criteria`, c, (form) =>
                        withOutcome(form, u, o, (item) => ({
                          ...item,
                          criteria: without(item.criteria, c),
                        })),
                      )
                    }
                  >
                    Remove criterion
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row">
        <Button
          variant="secondary"
          className="button--small"
          aria-label={`Add criterion to outcome ${outcome.number || o + 1}`}
          onPress={() =>
            add(`${at}.criteria`, (form) =>
              withOutcome(form, u, o, (item) => ({
                ...item,
                criteria: [...item.criteria, newCriterion(item)],
              })),
            )
          }
        >
          Add criterion
        </Button>
        <Button
          variant="danger"
          className="button--small"
          aria-label={`Remove outcome ${outcome.number || o + 1}`}
          onPress={() =>
            remove(`units.${u}.outcomes`, o, (form) => ({
              ...form,
              units: form.units.map((unit, position) =>
                position === u ? { ...unit, outcomes: without(unit.outcomes, o) } : unit,
              ),
            }))
          }
        >
          Remove outcome
        </Button>
      </div>
    </fieldset>
  );
}
