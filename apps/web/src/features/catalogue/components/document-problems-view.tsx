import type { FieldError } from '@signoff/contracts';
import { createContext, useContext, type ReactNode } from 'react';
import { NOT_STATED } from '../../../lib/not-stated';
import { fieldWords, itemWords } from '../lib/path-in-words';
import { hasProblemsWithin, placeId } from '../lib/problem-places';
import { describeProblem, PlaceProblems } from './place-problems';
import { DisclosureCard } from '../../../components/disclosure-card';

/*
 * A document as it was sent, shown read-only with each problem beside the field its path names.
 * The document broke the format, so nothing about its shape is assumed: whatever it holds is
 * shown, known fields under their names, lists item by item.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Placed = ReadonlyMap<string, readonly FieldError[]>;
type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The whole document, for naming places deeper than where a problem is shown. */
const SentDocument = createContext<unknown>(null);

function isComposite(value: unknown): value is Json[] | { [key: string]: Json } {
  if (Array.isArray(value)) return value.some((item) => typeof item === 'object' && item !== null);
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every path in the document: each is a place a problem can be shown. */
export function documentPlaces(document: unknown): Set<string> {
  const places = new Set<string>();
  function walk(value: unknown, path: string) {
    places.add(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, join(path, index)));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, join(path, key));
  }
  walk(document, '');
  return places;
}

function ValueText({ value, exact }: { value: unknown; exact: boolean }) {
  if (value === null || value === undefined) return <span className="muted">{NOT_STATED}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">none</span>;
    return (
      <>
        {value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ')}
      </>
    );
  }
  // Where a problem is, the value exactly as written: "twenty" in quotes is plainly not a number.
  if (exact || (typeof value === 'object' && value !== null))
    return <code className="document-view__code">{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

function FieldRow({
  name,
  value,
  path,
  placed,
}: {
  name: string;
  value: unknown;
  path: string;
  placed: Placed;
}) {
  const problems = placed.get(path);
  return (
    <div
      className={problems ? 'facts__item facts__item--problem' : 'facts__item'}
      id={problems ? placeId(path) : undefined}
      tabIndex={problems ? -1 : undefined}
    >
      <dt>{capitalise(fieldWords(name))}</dt>
      <dd>
        <ValueText value={value} exact={Boolean(problems)} />
        {problems ? (
          <ul className="place-problems">
            {problems.map((problem, index) => (
              <li key={`${problem.path}:${index}`} className="field__error">
                {describeProblem(problem, path, document)}
              </li>
            ))}
          </ul>
        ) : null}
      </dd>
    </div>
  );
}

function ObjectView({
  value,
  path,
  level,
  placed,
  problems,
}: {
  value: { [key: string]: Json };
  path: string;
  level: HeadingLevel;
  placed: Placed;
  problems: readonly FieldError[];
}) {
  const entries = Object.entries(value);
  const simple = entries.filter(([, item]) => !isComposite(item));
  const nested = entries.filter(([, item]) => isComposite(item));
  return (
    <>
      {simple.length > 0 ? (
        <dl className="facts">
          {simple.map(([key, item]) => (
            <FieldRow key={key} name={key} value={item} path={join(path, key)} placed={placed} />
          ))}
        </dl>
      ) : null}
      {nested.map(([key, item]) => (
        <CompositeView
          key={key}
          name={key}
          value={item}
          path={join(path, key)}
          level={level}
          placed={placed}
          problems={problems}
        />
      ))}
    </>
  );
}

function CompositeView({
  name,
  value,
  path,
  level,
  placed,
  problems,
}: {
  name: string;
  value: Json;
  path: string;
  level: HeadingLevel;
  placed: Placed;
  problems: readonly FieldError[];
}) {
  const document = useContext(SentDocument);
  const Tag = `h${level}` as const;
  const next = Math.min(level + 1, 6) as HeadingLevel;
  const afterNext = Math.min(level + 2, 6) as HeadingLevel;
  let body: ReactNode;
  if (Array.isArray(value)) {
    body = (
      <div className="document-view__items">
        {value.map((item, index) => {
          const itemPath = join(path, index);
          const title = capitalise(itemWords(name, item, index));
          const itemTitle =
            typeof item === 'object' &&
            item !== null &&
            !Array.isArray(item) &&
            typeof item['title'] === 'string'
              ? `${title}: ${item['title']}`
              : title;
          const troubled = hasProblemsWithin(problems, itemPath);
          return (
            <DisclosureCard
              key={index}
              defaultExpanded={troubled}
              hasProblem={troubled}
              headingLevel={next}
              title={itemTitle}
              meta={troubled ? 'Has problems' : undefined}
              metaTone="problem"
            >
              <PlaceProblems document={document} path={itemPath} problems={placed.get(itemPath)} />
              {typeof item === 'object' && item !== null && !Array.isArray(item) ? (
                <ObjectView
                  value={item}
                  path={itemPath}
                  level={afterNext}
                  placed={placed}
                  problems={problems}
                />
              ) : (
                <dl className="facts">
                  <FieldRow name="value" value={item} path={itemPath} placed={placed} />
                </dl>
              )}
            </DisclosureCard>
          );
        })}
      </div>
    );
  } else if (typeof value === 'object' && value !== null) {
    body = (
      <ObjectView value={value} path={path} level={next} placed={placed} problems={problems} />
    );
  }
  return (
    <section className="document-view__section" aria-labelledby={`${placeId(path)}-heading`}>
      <Tag id={`${placeId(path)}-heading`}>{capitalise(fieldWords(name))}</Tag>
      <PlaceProblems document={document} path={path} problems={placed.get(path)} />
      {body}
    </section>
  );
}

export interface DocumentProblemsViewProps {
  document: unknown;
  problems: readonly FieldError[];
  placed: Placed;
}

export function DocumentProblemsView({ document, problems, placed }: DocumentProblemsViewProps) {
  const root = document as Json;
  return (
    <SentDocument value={document}>
      <div className="document-view">
        <PlaceProblems document={document} path="" problems={placed.get('')} />
        {typeof root === 'object' && root !== null && !Array.isArray(root) ? (
          <ObjectView value={root} path="" level={3} placed={placed} problems={problems} />
        ) : (
          <dl className="facts">
            <FieldRow name="document" value={root} path="" placed={new Map()} />
          </dl>
        )}
      </div>
    </SentDocument>
  );
}
