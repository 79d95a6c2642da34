import type { SignOffMatrixRow, UnitSignOffView } from '@signoff/contracts';
import { unitAchievement } from '@signoff/domain';
import {
  missingToReader,
  rowChoice,
  rowTitle,
  signedNotice,
  signedWhat,
  signingStatement,
  stateInWords,
} from './sign-off-words';

const assessor = { id: 'a1', displayName: 'Priya Shah' };

function row(overrides: Partial<SignOffMatrixRow> = {}): SignOffMatrixRow {
  return {
    ref: '1.2',
    outcome: '1',
    criterion: '1.2',
    title: 'Review the plan',
    evidence: [
      {
        versionId: 'v1',
        itemId: 'i1',
        version: 1,
        title: 'Observed',
        method: 'direct_observation',
      },
    ],
    requiredMethods: ['direct_observation'],
    missingMethods: [],
    state: { status: 'unsigned' },
    ...overrides,
  };
}

const signedState = {
  status: 'signed' as const,
  signOffId: 's1',
  signedBy: assessor,
  signedAt: '2026-11-30T10:00:00Z',
};

const view: UnitSignOffView = {
  enrolmentId: 'e1',
  learner: { id: 'l1', displayName: 'Kwame Mensah' },
  unit: { reference: 'QC28074-5', title: 'Resource and Service Management', credits: 20 },
  matrix: { unit: 'QC28074-5', rows: [row()], outcomes: [] },
  achievement: { achieved: false, rowsSigned: 0, rowsTotal: 1, missing: [] },
  unitSignOff: signedState,
  countersignature: { status: 'unsigned' },
  can: { signRows: [], signUnit: false, countersign: true },
};

describe('rowChoice', () => {
  it.each([
    ['a row the API lists', row(), ['1.2'], { selectable: true }],
    [
      'a row already signed',
      row({ state: signedState }),
      [],
      { selectable: false, reason: 'Already signed' },
    ],
    [
      'a row without accepted evidence',
      row({ evidence: [], missingMethods: ['direct_observation'] }),
      [],
      { selectable: false, reason: 'No accepted evidence yet' },
    ],
    [
      'a row missing two methods, naming both',
      row({
        requiredMethods: ['direct_observation', 'professional_discussion', 'case_study'],
        missingMethods: ['professional_discussion', 'case_study'],
      }),
      [],
      { selectable: false, reason: 'Needs professional discussion and scenario or case study' },
    ],
    [
      'a row the rule allows but the API does not offer (not the assessor, or a closed enrolment)',
      row(),
      [],
      { selectable: false, reason: 'Cannot be signed now' },
    ],
  ] as const)('%s', (_, given, signable, expected) => {
    expect(rowChoice(given, signable)).toEqual(expected);
  });
});

describe('stateInWords', () => {
  it('says an unsigned row is not signed, with nothing more', () => {
    expect(stateInWords({ status: 'unsigned' })).toEqual({
      label: 'Not signed',
      tone: 'unsigned',
      details: [],
    });
  });

  it('names the signer of a signed row', () => {
    const words = stateInWords(signedState);
    expect(words.label).toBe('Signed');
    expect(words.details).toEqual([expect.stringMatching(/^Signed by Priya Shah, \d+ Nov 2026/)]);
  });

  it('gives who revoked and why, after who signed', () => {
    const words = stateInWords({
      ...signedState,
      status: 'revoked',
      revokedAt: '2026-11-30T11:00:00Z',
      revokedBy: { id: 'x', displayName: 'Alex Morgan' },
      reason: 'Signed on the wrong learner',
    });
    expect(words.label).toBe('Revoked');
    expect(words.details[1]).toMatch(/^Revoked by Alex Morgan, .*: Signed on the wrong learner$/);
  });

  it('gives why a flagged row no longer counts', () => {
    const words = stateInWords({
      ...signedState,
      status: 'flagged',
      flaggedAt: '2026-11-30T11:00:00Z',
      reason: 'Evidence this relied on was withdrawn',
    });
    expect(words.tone).toBe('flagged');
    expect(words.details[1]).toMatch(/: Evidence this relied on was withdrawn$/);
  });
});

describe('the words of signing', () => {
  it('names a criterion, or an outcome without criteria', () => {
    expect(rowTitle(row())).toBe('Criterion 1.2: Review the plan');
    expect(rowTitle({ ref: '3', criterion: null, title: 'Lead change' })).toBe(
      'Outcome 3: Lead change',
    );
  });

  it('says what the assessor confirms for the rows picked, counting them', () => {
    expect(signingStatement(view, { kind: 'rows', rows: ['1', '2'] })).toBe(
      'I confirm that Kwame Mensah has met these 2 of unit QC28074-5, Resource and Service Management, on the accepted evidence mapped to them:',
    );
    expect(signingStatement(view, { kind: 'rows', rows: ['1'] })).toMatch(
      /has met this of .* to it:$/,
    );
  });

  it('names the assessor who signed the unit in the learner’s countersignature', () => {
    expect(signingStatement(view, { kind: 'countersignature' })).toMatch(
      /^I confirm that Priya Shah assessed my evidence for unit QC28074-5/,
    );
  });

  it('announces what was signed', () => {
    expect(signedNotice(view, { kind: 'rows', rows: ['1', '2', '3'] })).toBe(
      'Signed 3 rows of QC28074-5 Resource and Service Management.',
    );
    expect(signedNotice(view, { kind: 'countersignature' })).toBe(
      'Countersigned QC28074-5 Resource and Service Management.',
    );
  });
});

describe('what is missing, said to its reader', () => {
  it.each([
    ['The learner has not countersigned the unit yet', 'You have not countersigned the unit yet'],
    ['The learner must countersign the unit again', 'You must countersign the unit again'],
    [
      'The learner must countersign the unit again: the assessor signed it after them',
      'You must countersign the unit again: the assessor signed it after them',
    ],
    ['The assessor has not signed the unit yet', 'The assessor has not signed the unit yet'],
    ['Outcome 2 is not signed yet', 'Outcome 2 is not signed yet'],
  ])('to the learner, %s reads %s', (missing, toLearner) => {
    expect(missingToReader(missing, true)).toBe(toLearner);
    expect(missingToReader(missing, false)).toBe(missing);
  });

  it('speaks to the learner in the words the domain gives', () => {
    const { missing } = unitAchievement({ unit: 'U1', rows: [], outcomes: [] }, []);
    expect(missing.map((words) => missingToReader(words, true))).toEqual([
      'The unit has no learning outcomes to sign off',
      'The assessor has not signed the unit yet',
      'You have not countersigned the unit yet',
    ]);
  });
});

describe('what a signature signed', () => {
  it.each([
    [{ kind: 'rows' as const, rows: ['1.2'], unit: 'U1' }, 'row 1.2 of U1'],
    [{ kind: 'rows' as const, rows: ['1', '2', '3'], unit: 'U1' }, 'rows 1, 2 and 3 of U1'],
    [{ kind: 'unit' as const, rows: [], unit: 'U1' }, 'the unit U1 as a whole'],
    [{ kind: 'countersignature' as const, rows: [], unit: 'U1' }, 'the countersignature of U1'],
  ])('%o is %s', (signOff, words) => {
    expect(signedWhat(signOff)).toBe(words);
  });
});
