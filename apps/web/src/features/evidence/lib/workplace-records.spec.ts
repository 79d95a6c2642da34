import {
  countersignProblems,
  recordFormPath,
  recordKindOf,
  recordProblems,
  toCountersignRequest,
} from './workplace-records';

const OBSERVATION = {
  title: 'Supporting a resident at lunch',
  narrative: '<p>Jordan offered choices.</p>',
  activityDate: '2026-10-20',
  setting: 'Oak Lodge, dining room',
  startTime: '12:00',
  endTime: '12:45',
  claims: [{ unit: 'U1', outcome: '1', criterion: null }],
};

describe('a record made at the workplace', () => {
  it.each([
    ['an assessor’s observation', 'assessor', 'direct_observation', 'observation'],
    ['an assessor’s discussion', 'assessor', 'professional_discussion', 'discussion'],
    ['the learner’s own evidence', 'learner', 'direct_observation', null],
    ['a witness’s testimony', 'witness', 'witness_testimony', null],
  ] as const)('is known by who made it: %s', (_case, origin, method, kind) => {
    expect(recordKindOf({ origin, current: { method } })).toBe(kind);
  });

  it('has its form at a new address per kind, then at its draft', () => {
    expect(recordFormPath('e 1', { kind: 'observation' })).toBe(
      '/enrolments/e%201/observations/new',
    );
    expect(recordFormPath('e1', { kind: 'discussion' })).toBe(
      '/enrolments/e1/professional-discussions/new',
    );
    expect(recordFormPath('e1', { itemId: 'i1' })).toBe('/enrolments/e1/records/i1/edit');
  });

  it.each([
    ['a whole observation', 'observation', OBSERVATION, 0, []],
    [
      'an observation without where and when',
      'observation',
      { ...OBSERVATION, setting: ' ', startTime: '', endTime: '' },
      0,
      ['setting', 'startTime', 'endTime'],
    ],
    [
      'an observation ending before it starts',
      'observation',
      { ...OBSERVATION, endTime: '11:00' },
      0,
      ['endTime'],
    ],
    [
      'a discussion needs no setting or times',
      'discussion',
      { ...OBSERVATION, setting: undefined, startTime: undefined, endTime: undefined },
      0,
      [],
    ],
    [
      'a recording may stand in for the notes',
      'discussion',
      { ...OBSERVATION, narrative: '<p></p>' },
      1,
      [],
    ],
    [
      'nothing observed, no file, no outcome',
      'observation',
      { ...OBSERVATION, narrative: '', claims: [] },
      0,
      ['claims', 'narrative'],
    ],
  ] as const)('is checked before signing: %s', (_case, kind, record, files, paths) => {
    expect(
      recordProblems(kind, { ...record, claims: [...record.claims] }, files).map(
        (problem) => problem.path,
      ),
    ).toEqual(paths);
  });
});

describe('the learner’s countersignature', () => {
  it.each([
    ['agreeing with the password', { answer: 'agree', comment: '', password: 'pw' }, []],
    ['no answer, no password', { answer: null, comment: '', password: '' }, ['answer', 'password']],
    [
      'disagreeing without saying why',
      { answer: 'disagree', comment: ' ', password: 'pw' },
      ['comment'],
    ],
    ['disagreeing saying why', { answer: 'disagree', comment: 'Wrong day', password: 'pw' }, []],
  ] as const)('is checked before sending: %s', (_case, answers, paths) => {
    expect(countersignProblems(answers).map((problem) => problem.path)).toEqual(paths);
  });

  it.each([
    [
      'agreeing',
      { answer: 'agree', comment: '', password: 'pw' },
      { agreed: true, password: 'pw' },
    ],
    [
      'disagreeing, the reason trimmed',
      { answer: 'disagree', comment: ' Wrong day \n', password: 'pw' },
      { agreed: false, comment: 'Wrong day', password: 'pw' },
    ],
  ] as const)('is sent as the API takes it: %s', (_case, answers, request) => {
    expect(toCountersignRequest(answers)).toEqual(request);
  });
});
