import { observationProblems, recordSigningProblems } from './record-signing';

const observed = { setting: 'Oak Lodge care home, lounge', startTime: '09:30', endTime: '10:15' };
const record = {
  title: 'Supporting a resident at breakfast',
  narrative: '<p>Priya saw Jordan support Mr A to eat.</p>',
  claims: [{}],
  fileCount: 0,
  observation: observed,
};

describe('observationProblems', () => {
  it.each([
    ['a complete observation', observed, true, []],
    ['a draft with no times yet', { setting: '', startTime: '', endTime: '' }, false, []],
    ['a draft with only a start', { ...observed, endTime: '' }, false, []],
    [
      'midnight to one minute to midnight',
      { ...observed, startTime: '00:00', endTime: '23:59' },
      true,
      [],
    ],
    ['a start that is no time', { ...observed, startTime: '9.30' }, false, ['startTime']],
    ['an hour past 23', { ...observed, endTime: '24:00' }, false, ['endTime']],
    ['an end before the start', { ...observed, endTime: '09:00' }, false, ['endTime']],
    ['an end equal to the start', { ...observed, endTime: '09:30' }, true, ['endTime']],
    ['no setting, to sign', { ...observed, setting: '  ' }, true, ['setting']],
    [
      'no times, to sign',
      { ...observed, startTime: '', endTime: '' },
      true,
      ['startTime', 'endTime'],
    ],
  ] as const)('%s', (_case, observation, complete, paths) => {
    expect(observationProblems(observation, { complete }).map(({ path }) => path)).toEqual(paths);
  });
});

describe('recordSigningProblems', () => {
  it.each([
    ['a complete observation', 'observation', record, []],
    ['a discussion without particulars', 'discussion', { ...record, observation: null }, []],
    [
      'a discussion with only its recording',
      'discussion',
      { ...record, narrative: '', fileCount: 1, observation: null },
      [],
    ],
    [
      'an observation without particulars',
      'observation',
      { ...record, observation: null },
      ['setting', 'startTime', 'endTime'],
    ],
    ['no title', 'observation', { ...record, title: ' ' }, ['title']],
    ['no outcome', 'discussion', { ...record, claims: [] }, ['claims']],
    [
      'nothing written and no file',
      'observation',
      { ...record, narrative: '<p></p>' },
      ['narrative'],
    ],
    [
      'observed back to front',
      'observation',
      { ...record, observation: { ...observed, startTime: '11:00' } },
      ['endTime'],
    ],
  ] as const)('%s', (_case, kind, version, paths) => {
    expect(recordSigningProblems(kind, version).map(({ path }) => path)).toEqual(paths);
  });
});
