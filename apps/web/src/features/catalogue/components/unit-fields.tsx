import { Button } from '../../../components/button';
import { useDraftEditor } from '../hooks/use-draft-editor';
import { newOutcome, withUnit, without, type UnitForm } from '../lib/draft-form';
import { EditorField } from './editor-field';
import { OutcomeFields } from './outcome-fields';
import { PlaceProblems } from './place-problems';

export interface UnitFieldsProps {
  unit: UnitForm;
  u: number;
}

/** One unit's figures and its learning outcomes, inside the unit's fold of the editor. */
export function UnitFields({ unit, u }: UnitFieldsProps) {
  const { placed, remove, add, document } = useDraftEditor();
  const at = `units.${u}`;
  const name = `unit ${u + 1}${unit.reference ? ` (${unit.reference})` : ''}`;

  return (
    <>
      <PlaceProblems document={document} path={at} problems={placed.get(at)} />
      <div className="field-grid">
        <EditorField
          label="Reference"
          path={`${at}.reference`}
          value={unit.reference}
          description="e.g. QC28074-1 or F/504/2218."
          update={(form, reference) => withUnit(form, u, (item) => ({ ...item, reference }))}
        />
        <EditorField
          label="Title"
          path={`${at}.title`}
          value={unit.title}
          className="field-grid__wide"
          update={(form, title) => withUnit(form, u, (item) => ({ ...item, title }))}
        />
        <EditorField
          label="Level"
          path={`${at}.level`}
          value={unit.level}
          numeric
          update={(form, level) => withUnit(form, u, (item) => ({ ...item, level }))}
        />
        <EditorField
          label="Credits"
          path={`${at}.credits`}
          value={unit.credits}
          numeric
          update={(form, credits) => withUnit(form, u, (item) => ({ ...item, credits }))}
        />
        <EditorField
          label="GLH"
          path={`${at}.glh`}
          value={unit.glh}
          numeric
          update={(form, glh) => withUnit(form, u, (item) => ({ ...item, glh }))}
        />
        <EditorField
          label="TQT"
          path={`${at}.tqt`}
          value={unit.tqt}
          numeric
          update={(form, tqt) => withUnit(form, u, (item) => ({ ...item, tqt }))}
        />
      </div>

      <h4 className="outcome-fields__title">Learning outcomes</h4>
      <PlaceProblems
        document={document}
        path={`${at}.outcomes`}
        problems={placed.get(`${at}.outcomes`)}
      />
      {unit.outcomes.length === 0 ? <p className="muted">No learning outcomes yet.</p> : null}
      {unit.outcomes.map((outcome, o) => (
        <OutcomeFields key={outcome.key} outcome={outcome} u={u} o={o} />
      ))}
      <div className="button-row">
        <Button
          variant="secondary"
          aria-label={`Add learning outcome to ${name}`}
          onPress={() =>
            add(`${at}.outcomes`, (form) =>
              withUnit(form, u, (item) => ({
                ...item,
                outcomes: [...item.outcomes, newOutcome(item.outcomes)],
              })),
            )
          }
        >
          Add learning outcome
        </Button>
        <Button
          variant="danger"
          aria-label={`Remove ${name}`}
          onPress={() => remove('units', u, (form) => ({ ...form, units: without(form.units, u) }))}
        >
          Remove unit
        </Button>
      </div>
    </>
  );
}
