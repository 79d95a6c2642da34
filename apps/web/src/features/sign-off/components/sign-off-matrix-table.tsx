import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type SignOffMatrixRow,
  type UnitSignOffView,
} from '@signoff/contracts';
import { Checkbox } from 'react-aria-components';
import { Link } from 'react-router';
import { rowChoice, rowTitle, stateInWords } from '../lib/sign-off-words';
import { SignatureLink } from './signature-link';

export interface SignOffMatrixTableProps {
  view: UnitSignOffView;
  /**
   * The enrolment's assessor: each row gets a box to tick, or the reason it may not be signed
   * now. Nobody else picks rows.
   */
  picksRows: boolean;
  selected: ReadonlySet<string>;
  onSelectedChange: (ref: string, isSelected: boolean) => void;
  /** Where an evidence item's page is, for the person reading. */
  evidencePath: (itemId: string) => string;
  /** The centre's short code for a method. */
  methodCode: (method: AssessmentMethod) => string;
}

/**
 * The unit's sign-off matrix as a table: a row per assessment criterion (or per outcome without
 * criteria) named by its row header, grouped under a heading row per outcome with criteria that
 * says whether it is met. Each row shows its accepted evidence, the methods required and those
 * missing, and its signature. On a phone each row is a card.
 */
export function SignOffMatrixTable({
  view,
  picksRows,
  selected,
  onSelectedChange,
  evidencePath,
  methodCode,
}: SignOffMatrixTableProps) {
  const columns = picksRows ? 5 : 4;
  const byOutcome = view.matrix.rows.every((row) => row.criterion === null);
  return (
    <table className="table sign-off-matrix" aria-label={`Sign-off of unit ${view.unit.reference}`}>
      <thead>
        <tr>
          {picksRows ? (
            <th scope="col" className="sign-off-matrix__pick">
              Pick
            </th>
          ) : null}
          <th scope="col">{byOutcome ? 'Learning outcome' : 'Criterion'}</th>
          <th scope="col">Accepted evidence</th>
          <th scope="col">Methods</th>
          <th scope="col">Sign-off</th>
        </tr>
      </thead>
      {view.matrix.outcomes.map((outcome) => {
        const rows = view.matrix.rows.filter((row) => row.outcome === outcome.number);
        const hasCriteria = rows.some((row) => row.criterion !== null);
        return (
          <tbody key={outcome.number}>
            {hasCriteria ? (
              <tr className="sign-off-matrix__outcome">
                <th scope="rowgroup" colSpan={columns}>
                  Outcome {outcome.number}: {outcome.title}{' '}
                  <span className={`badge badge--outcome-${outcome.met ? 'met' : 'not_met'}`}>
                    {outcome.met ? 'Met' : 'Not yet met'}
                  </span>
                </th>
              </tr>
            ) : null}
            {rows.map((row) => (
              <MatrixRow
                key={row.ref}
                row={row}
                view={view}
                picksRows={picksRows}
                isSelected={selected.has(row.ref)}
                onSelectedChange={(isSelected) => onSelectedChange(row.ref, isSelected)}
                evidencePath={evidencePath}
                methodCode={methodCode}
              />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

function MatrixRow({
  row,
  view,
  picksRows,
  isSelected,
  onSelectedChange,
  evidencePath,
  methodCode,
}: Omit<SignOffMatrixTableProps, 'selected' | 'onSelectedChange'> & {
  row: SignOffMatrixRow;
  isSelected: boolean;
  onSelectedChange: (isSelected: boolean) => void;
}) {
  const choice = rowChoice(row, view.can.signRows);
  const state = stateInWords(row.state);
  return (
    <tr className={isSelected ? 'sign-off-matrix__row--selected' : undefined}>
      {picksRows ? (
        <td className="sign-off-matrix__pick">
          {choice.selectable ? (
            <Checkbox className="checkbox" isSelected={isSelected} onChange={onSelectedChange}>
              <span className="checkbox__box" aria-hidden="true">
                <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
                  <polyline points="3.5 9.5 7.5 13 14.5 5" />
                </svg>
              </span>
              <span>
                Pick<span className="visually-hidden"> {rowTitle(row)}</span>
              </span>
            </Checkbox>
          ) : (
            <span className="sign-off-matrix__reason">{choice.reason}</span>
          )}
        </td>
      ) : null}
      <th scope="row">
        <span className="sign-off-matrix__ref">
          {row.criterion === null ? `Outcome ${row.ref}` : row.ref}
        </span>{' '}
        <span className="table__subtitle">{row.title}</span>
      </th>
      <td data-label="Accepted evidence">
        {row.evidence.length === 0 ? (
          <span className="muted">None yet</span>
        ) : (
          <ul className="plain-list sign-off-matrix__evidence">
            {row.evidence.map((item) => (
              <li key={item.versionId}>
                <abbr title={ASSESSMENT_METHODS[item.method].title} className="method-code">
                  {methodCode(item.method)}
                </abbr>
                <span className="visually-hidden"> ({ASSESSMENT_METHODS[item.method].title})</span>{' '}
                <Link to={evidencePath(item.itemId)}>{item.title}</Link>{' '}
                <span className="muted">(version {item.version})</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Methods">
        <RequiredMethods row={row} methodCode={methodCode} />
      </td>
      <td data-label="Sign-off">
        <span className={`badge badge--sign-off-${state.tone}`}>{state.label}</span>
        {state.details.map((detail) => (
          <span key={detail} className="sign-off-matrix__detail">
            {detail}
          </span>
        ))}
        <SignatureLink state={row.state} of={rowTitle(row)} />
      </td>
    </tr>
  );
}

/** The methods the row must be assessed by, each said met or missing in words, not colour alone. */
function RequiredMethods({
  row,
  methodCode,
}: {
  row: SignOffMatrixRow;
  methodCode: (method: AssessmentMethod) => string;
}) {
  if (row.requiredMethods.length === 0) return <span className="muted">Any method</span>;
  return (
    <ul className="plain-list">
      {row.requiredMethods.map((method) => {
        const missing = row.missingMethods.includes(method);
        return (
          <li
            key={method}
            className={missing ? 'sign-off-matrix__method--missing' : 'sign-off-matrix__method'}
          >
            <span aria-hidden="true">{missing ? '✗ ' : '✓ '}</span>
            <abbr title={ASSESSMENT_METHODS[method].title} className="method-code">
              {methodCode(method)}
            </abbr>{' '}
            {missing ? 'missing' : 'covered'}
            <span className="visually-hidden"> ({ASSESSMENT_METHODS[method].title})</span>
          </li>
        );
      })}
    </ul>
  );
}
