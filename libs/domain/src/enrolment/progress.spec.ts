import type { SignOff, UnitProgressStatus } from '@signoff/contracts';
import { qualCertL6, qualification, unit } from '../catalogue/qualification.fixtures';
import {
  accepted,
  flaggedAt,
  mapTo,
  practiceUnit,
  revokedAt,
  signed,
} from '../sign-off/sign-off.fixtures';
import { computeProgress, type ProgressGround, type SignOffGround } from './progress';

const ALL = [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`);
const NOTHING: SignOffGround = { accepted: [], signOffs: [] };

/** Row 1 (each QualCert unit's one outcome), the unit and the countersignature, a minute apart. */
function achievedUnit(reference: string, minute = 1): SignOff[] {
  return [
    signed(`${reference}-rows`, 'rows', minute, { unit: reference, rows: ['1'] }),
    signed(`${reference}-unit`, 'unit', minute + 1, { unit: reference }),
    signed(`${reference}-counter`, 'countersignature', minute + 2, { unit: reference }),
  ];
}

const practice = qualification({ units: [practiceUnit] });
const practiceProgress = (ground: Partial<ProgressGround>) =>
  computeProgress(practice, { pathway: null, plannedUnits: ['U1'] }, { ...NOTHING, ...ground })
    .units[0];
const allRows = (minute: number, extra: Partial<SignOff> = {}) =>
  signed(`rows-${minute}`, 'rows', minute, { rows: ['1.1', '1.2', '2'], ...extra });

describe('computeProgress', () => {
  it('has nothing achieved before any sign-off, and says what each unit needs', () => {
    const progress = computeProgress(qualCertL6(), { pathway: null, plannedUnits: ALL }, NOTHING);
    expect(
      progress.units.map((unit) => [unit.status, unit.rowsSigned, unit.rowsTotal, unit.flags]),
    ).toEqual(Array(6).fill(['not_started', 0, 1, []]));
    expect(progress.units[0].missing).toEqual([
      'Outcome 1 is not signed yet',
      'The assessor has not signed the unit yet',
      'The learner has not countersigned the unit yet',
    ]);
    expect(progress.achieved.totalCredits).toBe(0);
    expect(progress.planned.satisfied).toBe(true);
    expect(progress.readyToClaim).toBe(false);
    expect(progress.towards).toEqual({ measure: 'credits', achieved: 0, needed: 120 });
  });

  it('achieves a unit once its rows, the unit and the countersignature are signed, and counts its credits in its group', () => {
    const progress = computeProgress(
      qualCertL6(),
      { pathway: null, plannedUnits: ALL },
      { accepted: [], signOffs: [...achievedUnit('QC28074-1'), ...achievedUnit('QC28074-2')] },
    );
    expect(
      progress.units.slice(0, 3).map((unit) => [unit.reference, unit.status, unit.missing]),
    ).toEqual([
      ['QC28074-1', 'achieved', []],
      ['QC28074-2', 'achieved', []],
      ['QC28074-3', 'not_started', expect.any(Array)],
    ]);
    expect(progress.achieved.groups).toEqual([
      expect.objectContaining({
        title: 'Mandatory units',
        credits: 40,
        units: ['QC28074-1', 'QC28074-2'],
      }),
    ]);
    expect(progress.achieved.shortfalls).toContain('Total: 40 of 120 credits');
    expect(progress.readyToClaim).toBe(false);
    expect(progress.towards).toEqual({ measure: 'credits', achieved: 40, needed: 120 });
  });

  it('is ready to claim once the achieved units satisfy the rules of combination', () => {
    const progress = computeProgress(
      qualCertL6(),
      { pathway: null, plannedUnits: ALL },
      { accepted: [], signOffs: ALL.flatMap((reference) => achievedUnit(reference)) },
    );
    expect(progress.achieved.satisfied).toBe(true);
    expect(progress.readyToClaim).toBe(true);
    expect(progress.towards).toEqual({ measure: 'credits', achieved: 120, needed: 120 });
  });

  it('is not ready to claim with nothing achieved, even where the rules ask for nothing', () => {
    const progress = computeProgress(
      qualification({ units: [unit('A', 5), unit('B', 5)] }),
      { pathway: null, plannedUnits: ['A', 'B'] },
      NOTHING,
    );
    expect(progress.achieved.satisfied).toBe(true);
    expect(progress.readyToClaim).toBe(false);
  });

  it('measures units achieved of those planned where the rules ask no minimum of credits', () => {
    const progress = computeProgress(
      qualification({ units: [unit('A', 5), unit('B', 5), unit('C', 5)] }),
      { pathway: null, plannedUnits: ['A', 'B'] },
      { accepted: [], signOffs: [...achievedUnit('A'), ...achievedUnit('C')] },
    );
    expect(progress.towards).toEqual({ measure: 'units', achieved: 1, needed: 2 });
    expect(progress.readyToClaim).toBe(true);
  });

  it('covers the rows accepted evidence is mapped to, signed or not', () => {
    const unit = practiceProgress({
      accepted: [
        accepted('v1', 'direct_observation', [mapTo('1', '1.1'), mapTo('1', '1.2')]),
        accepted('v2', 'direct_observation', [mapTo('1', '1.1')]),
      ],
    });
    expect([unit.rowsEvidenced, unit.rowsSigned, unit.rowsTotal]).toEqual([2, 0, 3]);
  });

  it.each<[string, Partial<ProgressGround>, UnitProgressStatus, number]>([
    ['nothing', {}, 'not_started', 0],
    [
      'accepted evidence mapped to another unit',
      { accepted: [accepted('v1', 'direct_observation', [{ ...mapTo('1'), unit: 'U2' }])] },
      'not_started',
      0,
    ],
    ['a signature of another unit', { signOffs: [allRows(1, { unit: 'U2' })] }, 'not_started', 0],
    [
      'evidence submitted or accepted claiming another unit',
      { claimedUnits: ['U2'] },
      'not_started',
      0,
    ],
    [
      'evidence submitted or accepted claiming it, not yet mapped by an assessor',
      { claimedUnits: ['U1'] },
      'in_progress',
      0,
    ],
    [
      'accepted evidence mapped to it',
      { accepted: [accepted('v1', 'direct_observation', [mapTo('1', '1.1')])] },
      'in_progress',
      0,
    ],
    [
      'some rows signed',
      { signOffs: [signed('r', 'rows', 1, { rows: ['1.1', '2'] })] },
      'in_progress',
      2,
    ],
    [
      'its only signature revoked',
      { signOffs: [allRows(1, { revoked: revokedAt(2) })] },
      'in_progress',
      0,
    ],
    ['every row signed', { signOffs: [allRows(1)] }, 'awaiting_unit_sign_off', 3],
    [
      'a unit sign-off before the rows were signed',
      { signOffs: [signed('u', 'unit', 1), allRows(2)] },
      'awaiting_unit_sign_off',
      3,
    ],
    [
      'the unit sign-off revoked',
      { signOffs: [allRows(1), signed('u', 'unit', 2, { revoked: revokedAt(3) })] },
      'awaiting_unit_sign_off',
      3,
    ],
    [
      'the unit signed',
      { signOffs: [allRows(1), signed('u', 'unit', 2)] },
      'awaiting_countersignature',
      3,
    ],
    [
      'the countersignature revoked',
      {
        signOffs: [
          allRows(1),
          signed('u', 'unit', 2),
          signed('c', 'countersignature', 3, { revoked: revokedAt(4) }),
        ],
      },
      'awaiting_countersignature',
      3,
    ],
    [
      'a countersignature before the unit was signed again',
      {
        signOffs: [
          allRows(1),
          signed('u', 'unit', 2),
          signed('c', 'countersignature', 3),
          signed('u2', 'unit', 4),
        ],
      },
      'awaiting_countersignature',
      3,
    ],
    [
      'a row signed again after the unit was achieved',
      {
        signOffs: [
          allRows(1),
          signed('u', 'unit', 2),
          signed('c', 'countersignature', 3),
          signed('r2', 'rows', 4, { rows: ['2'] }),
        ],
      },
      'awaiting_unit_sign_off',
      3,
    ],
    [
      'a row flagged after the unit was achieved',
      {
        signOffs: [
          allRows(1),
          signed('r2', 'rows', 2, { rows: ['1.2'], flagged: flaggedAt(6) }),
          signed('u', 'unit', 3),
          signed('c', 'countersignature', 4),
        ],
      },
      'in_progress',
      2,
    ],
    [
      'every row, the unit and the countersignature signed',
      { signOffs: [allRows(1), signed('u', 'unit', 2), signed('c', 'countersignature', 3)] },
      'achieved',
      3,
    ],
  ])('with %s, the unit is %s with %i of 3 rows signed', (_case, ground, status, rowsSigned) => {
    const progress = practiceProgress(ground);
    expect([progress.status, progress.rowsSigned, progress.rowsTotal]).toEqual([
      status,
      rowsSigned,
      3,
    ]);
  });

  it('counts learning outcomes whose every row is signed', () => {
    const progress = practiceProgress({
      signOffs: [signed('r', 'rows', 1, { rows: ['1.1', '2'] })],
    });
    expect([progress.outcomesSignedOff, progress.outcomesTotal]).toEqual([1, 2]);
    expect(progress.missing).toEqual([
      'Criterion 1.2 is not signed yet',
      'The assessor has not signed the unit yet',
      'The learner has not countersigned the unit yet',
    ]);
  });

  it('stops counting a unit whose row was flagged, names the flag and takes its credits away', () => {
    const doc = qualCertL6();
    const progress = computeProgress(
      doc,
      { pathway: null, plannedUnits: ALL },
      {
        accepted: [],
        signOffs: [
          ...achievedUnit('QC28074-1'),
          signed('flagged', 'rows', 10, {
            unit: 'QC28074-1',
            rows: ['1'],
            flagged: flaggedAt(20),
          }),
        ],
      },
    );
    const [first] = progress.units;
    expect(first.status).toBe('in_progress');
    expect(first.flags).toEqual([
      {
        signed: 'Outcome 1',
        reason: 'Evidence this relied on was withdrawn',
        flaggedAt: flaggedAt(20).at,
      },
    ]);
    expect(first.missing).toContain(
      'Outcome 1 must be signed again: the signature was flagged (Evidence this relied on was withdrawn)',
    );
    expect(progress.achieved.totalCredits).toBe(0);
    expect(progress.achieved.groups[0].credits).toBe(0);
  });

  it('names a flagged unit sign-off and a flagged countersignature', () => {
    const progress = practiceProgress({
      signOffs: [
        allRows(1),
        signed('u', 'unit', 2, { flagged: flaggedAt(5) }),
        signed('c', 'countersignature', 3, { flagged: flaggedAt(5) }),
      ],
    });
    expect(progress.status).toBe('awaiting_unit_sign_off');
    expect(progress.flags.map((flag) => flag.signed)).toEqual([
      'The assessor’s sign-off of the unit',
      'The learner’s countersignature',
    ]);
  });

  it('marks the planned units and applies the rules to the plan', () => {
    const progress = computeProgress(
      qualCertL6(),
      { pathway: null, plannedUnits: ALL.slice(0, 4) },
      NOTHING,
    );
    expect(progress.units.map((unit) => unit.planned)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(progress.planned.shortfalls).toContain('Total: 80 of 120 credits');
  });

  it('counts an achieved unit outside the plan towards the rules, not towards the planned units', () => {
    const progress = computeProgress(
      qualCertL6(),
      { pathway: null, plannedUnits: ALL.slice(1) },
      { accepted: [], signOffs: achievedUnit('QC28074-1') },
    );
    expect(progress.units[0]).toMatchObject({ planned: false, status: 'achieved' });
    expect(progress.achieved.totalCredits).toBe(20);
  });
});
