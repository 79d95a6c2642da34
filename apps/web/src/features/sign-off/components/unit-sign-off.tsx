import type { AssessmentMethod, SignOffRowState, UnitSignOffView } from '@signoff/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { Fact } from '../../../components/fact';
import { StatusMessage } from '../../../components/status-message';
import type { Signing } from '../api/sign';
import { missingToReader, stateInWords } from '../lib/sign-off-words';
import { SignatureLink } from './signature-link';
import { SignOffMatrixTable } from './sign-off-matrix-table';
import { SigningDialog } from './signing-dialog';

export interface UnitSignOffProps {
  view: UnitSignOffView;
  /** The enrolment's assessor, who picks rows to sign. */
  isAssessor: boolean;
  /** The enrolment's learner, to whom what is missing is said in the second person. */
  isLearner: boolean;
  evidencePath: (itemId: string) => string;
  methodCode: (method: AssessmentMethod) => string;
}

/** Of the things still missing, how many are listed before "and N more". */
const MISSING_SHOWN = 5;

/**
 * One unit's sign-off for one enrolment: where it stands, the matrix, and what the person may
 * sign now (rows and the unit for the assessor, the countersignature for the learner), each in
 * the signing dialog; what was signed is announced when the matrix is read again.
 */
export function UnitSignOff({
  view,
  isAssessor,
  isLearner,
  evidencePath,
  methodCode,
}: UnitSignOffProps) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [signing, setSigning] = useState<Signing | null>(null);
  const [notice, setNotice] = useState<{ words: string; count: number } | null>(null);
  const standing = useRef<HTMLHeadingElement>(null);
  // The button that opened the dialog may be gone once it closes: the reader is taken to where
  // the unit now stands, and the notice is announced.
  useEffect(() => {
    if (notice) standing.current?.focus();
  }, [notice]);
  const { can, achievement, matrix } = view;
  // Only rows the API offers now count, however the matrix changed since they were picked.
  const rows = matrix.rows.filter((row) => picked.has(row.ref) && can.signRows.includes(row.ref));
  const allPicked = can.signRows.length > 0 && rows.length === can.signRows.length;
  const outcomesMet = matrix.outcomes.filter((outcome) => outcome.met).length;
  // Once every row is signed there is nothing left to pick, nor reasons to give.
  const picksRows = isAssessor && matrix.rows.some((row) => row.state.status !== 'signed');

  return (
    <>
      <StatusMessage>{notice?.words ?? null}</StatusMessage>
      <section
        aria-labelledby="standing-heading"
        className={`card sign-off-standing${achievement.achieved ? ' sign-off-standing--achieved' : ''}`}
      >
        <h2 id="standing-heading" ref={standing} tabIndex={-1}>
          {achievement.achieved ? 'Achieved' : 'Not yet achieved'}
        </h2>
        {achievement.achieved ? (
          <p>
            Every row is signed, the assessor has signed the unit and the learner has countersigned
            it.{' '}
            {view.unit.credits === null
              ? ''
              : `Its ${view.unit.credits} credits count towards the qualification.`}
          </p>
        ) : (
          <>
            <p>Still to do:</p>
            <ul className="sign-off-standing__missing">
              {achievement.missing.slice(0, MISSING_SHOWN).map((words) => (
                <li key={words}>{missingToReader(words, isLearner)}</li>
              ))}
              {achievement.missing.length > MISSING_SHOWN ? (
                <li>and {achievement.missing.length - MISSING_SHOWN} more</li>
              ) : null}
            </ul>
          </>
        )}
        <dl className="facts facts--compact">
          <Fact term="Rows signed">
            {achievement.rowsSigned} of {achievement.rowsTotal}
          </Fact>
          <Fact term="Outcomes met">
            {outcomesMet} of {matrix.outcomes.length}
          </Fact>
          <Fact term="Unit signed by the assessor">
            <Signature state={view.unitSignOff} of="the unit sign-off" />
          </Fact>
          <Fact term="Countersigned by the learner">
            <Signature state={view.countersignature} of="the countersignature" />
          </Fact>
        </dl>
        {can.signUnit || can.countersign ? (
          <div className="button-row">
            {can.signUnit ? (
              <Button onPress={() => setSigning({ kind: 'unit' })}>Sign the unit</Button>
            ) : null}
            {can.countersign ? (
              <Button onPress={() => setSigning({ kind: 'countersignature' })}>
                Countersign this unit
              </Button>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="matrix-heading" className="card">
        <h2 id="matrix-heading">Learning outcomes and criteria</h2>
        {isAssessor && can.signRows.length > 0 ? (
          <div className="button-row sign-off-actions">
            <Button
              onPress={() => setSigning({ kind: 'rows', rows: rows.map((row) => row.ref) })}
              isDisabled={rows.length === 0}
            >
              {rows.length === 0
                ? 'Sign the rows you pick'
                : `Sign ${rows.length} row${rows.length === 1 ? '' : 's'}`}
            </Button>
            <Button
              variant="secondary"
              onPress={() => setPicked(allPicked ? new Set() : new Set(can.signRows))}
            >
              {allPicked ? 'Clear the picks' : `Pick all ${can.signRows.length} that may be signed`}
            </Button>
          </div>
        ) : null}
        <SignOffMatrixTable
          view={view}
          picksRows={picksRows}
          selected={picked}
          onSelectedChange={(ref, isSelected) =>
            setPicked((current) => {
              const next = new Set(current);
              if (isSelected) next.add(ref);
              else next.delete(ref);
              return next;
            })
          }
          evidencePath={evidencePath}
          methodCode={methodCode}
        />
      </section>

      <SigningDialog
        view={view}
        signing={signing}
        onClose={() => setSigning(null)}
        onSigned={(words) => {
          setNotice((previous) => ({ words, count: (previous?.count ?? 0) + 1 }));
          setPicked(new Set());
        }}
      />
    </>
  );
}

function Signature({ state, of }: { state: SignOffRowState; of: string }) {
  const words = stateInWords(state);
  if (words.details.length === 0) return <>{words.label}</>;
  return (
    <>
      {words.tone === 'signed' ? null : (
        <span className={`badge badge--sign-off-${words.tone}`}>{words.label}</span>
      )}
      {words.details.map((detail) => (
        <span key={detail} className="sign-off-matrix__detail">
          {detail}
        </span>
      ))}
      <SignatureLink state={state} of={of} />
    </>
  );
}
