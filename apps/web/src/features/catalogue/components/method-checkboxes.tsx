import {
  ASSESSMENT_METHODS,
  ASSESSMENT_METHOD_KEYS,
  type AssessmentMethod,
  type FieldError,
} from '@signoff/contracts';
import { useEffect, useState } from 'react';
import {
  Button as AriaButton,
  Checkbox,
  CheckboxGroup,
  Disclosure,
  DisclosurePanel,
} from 'react-aria-components';
import { useDraftEditor } from '../hooks/use-draft-editor';
import { placeId } from '../lib/problem-places';
import { PlaceProblems } from './place-problems';

export interface MethodCheckboxesProps {
  /** Whose methods, e.g. "outcome 2" or "criterion 2.1". */
  owner: string;
  path: string;
  value: readonly AssessmentMethod[];
  onChange: (methods: AssessmentMethod[]) => void;
  problems: readonly FieldError[] | undefined;
}

/** Thirteen methods per outcome and criterion would bury the form: they fold away, naming the choice. */
export function MethodCheckboxes({
  owner,
  path,
  value,
  onChange,
  problems,
}: MethodCheckboxesProps) {
  const { document } = useDraftEditor();
  const chosen = ASSESSMENT_METHOD_KEYS.filter((method) => value.includes(method));
  const troubled = Boolean(problems?.length);
  const [expanded, setExpanded] = useState(troubled);
  // A save or a publish that finds a problem here opens the fold, so its link can land on it.
  useEffect(() => {
    if (troubled) setExpanded(true);
  }, [troubled]);
  return (
    <Disclosure className="methods" isExpanded={expanded} onExpandedChange={setExpanded}>
      <AriaButton slot="trigger" className="methods__trigger">
        <span className="unit__chevron" aria-hidden="true" />
        Required methods:{' '}
        {chosen.length === 0
          ? 'none'
          : chosen.map((method) => ASSESSMENT_METHODS[method].code).join(', ')}
      </AriaButton>
      <DisclosurePanel className="methods__panel">
        <PlaceProblems document={document} path={path} problems={problems} />
        <CheckboxGroup
          className="checkbox-group"
          aria-label={`Required assessment methods of ${owner}`}
          value={[...value]}
          onChange={(methods) => onChange(methods as AssessmentMethod[])}
          isInvalid={troubled}
          // Its problems are read with the boxes, as a field's are with the field.
          aria-describedby={troubled ? placeId(path) : undefined}
        >
          <div className="checkbox-group__options methods__options">
            {ASSESSMENT_METHOD_KEYS.map((method) => (
              <Checkbox key={method} value={method} className="checkbox">
                <span className="checkbox__box" aria-hidden="true">
                  <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
                    <polyline points="3.5 9.5 7.5 13 14.5 5" />
                  </svg>
                </span>
                <span>
                  <span className="method-code">{ASSESSMENT_METHODS[method].code}</span>{' '}
                  {ASSESSMENT_METHODS[method].title}
                </span>
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      </DisclosurePanel>
    </Disclosure>
  );
}
