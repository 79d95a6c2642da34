import type { Pathway, Unit } from '@signoff/contracts';
import { useId, useState, type FormEvent } from 'react';
import {
  Button as AriaButton,
  Checkbox,
  CheckboxGroup,
  Form,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form-alert';
import { describeError } from '../../../lib/error-messages';
import { useEvaluateRules } from '../api/evaluate-rules';
import { RulesEvaluationView } from '../../../components/rules-evaluation';

export interface UnitChoiceCheckProps {
  qualificationId: string;
  versionNumber: number;
  pathways: readonly Pathway[];
  units: readonly Unit[];
}

/** Try a choice of units against the rules of combination; nothing is saved. */
export function UnitChoiceCheck({
  qualificationId,
  versionNumber,
  pathways,
  units,
}: UnitChoiceCheckProps) {
  const [pathway, setPathway] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [pathwayError, setPathwayError] = useState<string | null>(null);
  const evaluate = useEvaluateRules(qualificationId);
  const pathwayErrorId = useId();
  const selectable = units.filter((unit): unit is Unit & { reference: string } =>
    Boolean(unit.reference),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (evaluate.isPending) return;
    if (pathways.length > 0 && pathway === null) {
      setPathwayError('Choose a pathway.');
      return;
    }
    evaluate.mutate({ version: versionNumber, pathway, units: chosen });
  }

  return (
    <Form className="form" onSubmit={submit} aria-label="Check a unit choice">
      {pathways.length > 0 ? (
        <Select
          className="field"
          selectedKey={pathway}
          onSelectionChange={(key) => {
            setPathway(key === null ? null : String(key));
            setPathwayError(null);
            evaluate.reset();
          }}
          isInvalid={Boolean(pathwayError)}
          aria-describedby={pathwayError ? pathwayErrorId : undefined}
          placeholder="Choose a pathway"
        >
          <Label className="field__label">Pathway</Label>
          {pathwayError ? (
            <p id={pathwayErrorId} className="field__error">
              {pathwayError}
            </p>
          ) : null}
          <AriaButton className="select__button">
            <SelectValue className="select__value" />
            <span aria-hidden="true" className="select__arrow">
              ▾
            </span>
          </AriaButton>
          <Popover className="popover" placement="bottom start">
            <ListBox className="menu">
              {pathways.map((option) => (
                <ListBoxItem key={option.code} id={option.code} className="menu__item">
                  {option.title}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
      ) : null}
      <CheckboxGroup
        className="checkbox-group"
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          evaluate.reset();
        }}
      >
        <Label className="field__label">Units chosen</Label>
        <div className="checkbox-group__options">
          {selectable.map((unit) => (
            <Checkbox
              key={unit.reference}
              value={unit.reference}
              className="checkbox checkbox--top"
            >
              <span className="checkbox__box" aria-hidden="true">
                <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
                  <polyline points="3.5 9.5 7.5 13 14.5 5" />
                </svg>
              </span>
              <span>
                {unit.reference} {unit.title}{' '}
                <span className="muted">
                  ({unit.credits === null ? 'credits not stated' : `${unit.credits} credits`})
                </span>
              </span>
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {selectable.length < units.length ? (
        <p className="muted">Units without a reference cannot be chosen until one is entered.</p>
      ) : null}
      <Button type="submit" isPending={evaluate.isPending}>
        {evaluate.isPending ? 'Checking…' : 'Check this choice'}
      </Button>
      <FormAlert message={evaluate.error ? describeError(evaluate.error) : null} />
      <div role="status" className="visually-hidden">
        {evaluate.data
          ? evaluate.data.satisfied
            ? 'This choice meets the rules of combination.'
            : `This choice does not meet the rules of combination yet: ${evaluate.data.shortfalls.length} shortfall${evaluate.data.shortfalls.length === 1 ? '' : 's'}.`
          : null}
      </div>
      {evaluate.data ? <RulesEvaluationView evaluation={evaluate.data} /> : null}
    </Form>
  );
}
