import {
  ASSESSMENT_METHODS,
  ASSESSMENT_METHOD_KEYS,
  type AssessmentMethod,
} from '@signoff/contracts';

export interface MethodCodesProps {
  methods: readonly AssessmentMethod[];
}

/** Required assessment methods by their short codes; the full names are in the legend. */
export function MethodCodes({ methods }: MethodCodesProps) {
  if (methods.length === 0) return null;
  return (
    <span className="method-codes">
      <span className="visually-hidden">Required methods: </span>
      {methods.map((method) => (
        <abbr key={method} title={ASSESSMENT_METHODS[method].title} className="method-code">
          {ASSESSMENT_METHODS[method].code}
        </abbr>
      ))}
    </span>
  );
}

export interface MethodLegendProps {
  methods: ReadonlySet<AssessmentMethod>;
}

/** The codes used on the page, spelled out once: a title attribute alone is hidden on touch screens. */
export function MethodLegend({ methods }: MethodLegendProps) {
  const used = ASSESSMENT_METHOD_KEYS.filter((method) => methods.has(method));
  if (used.length === 0) return null;
  return (
    <div className="method-legend">
      <h3 className="method-legend__title">Required assessment methods</h3>
      <dl className="method-legend__list">
        {used.map((method) => (
          <div key={method} className="method-legend__item">
            <dt>
              <span className="method-code">{ASSESSMENT_METHODS[method].code}</span>
            </dt>
            <dd>{ASSESSMENT_METHODS[method].title}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
