import {
  hourTarget,
  hourTargetRefusal,
  type HourTarget,
  type HourTargetGround,
} from './hour-targets';

const none: HourTargetGround = { catalogue: null, enrolment: null, centre: new Map() };

describe('hourTarget', () => {
  it.each<[string, string, Partial<HourTargetGround>, HourTarget]>([
    ['nothing stated', 'supervised_practice', {}, { minutes: null, source: null, settable: true }],
    [
      'the catalogue states supervised hours',
      'supervised_practice',
      { catalogue: { supervised: 120, work: null } },
      { minutes: 7200, source: 'catalogue', settable: false },
    ],
    [
      'the catalogue wins over a centre’s target set before it',
      'supervised_practice',
      {
        catalogue: { supervised: 120, work: null },
        centre: new Map([['supervised_practice', 60]]),
      },
      { minutes: 7200, source: 'catalogue', settable: false },
    ],
    [
      'work-based hours are the off-the-job target',
      'off_the_job',
      { catalogue: { supervised: 120, work: 40 } },
      { minutes: 2400, source: 'catalogue', settable: false },
    ],
    [
      'the catalogue states supervised only: off-the-job is the centre’s',
      'off_the_job',
      { catalogue: { supervised: 120, work: null }, centre: new Map([['off_the_job', 600]]) },
      { minutes: 600, source: 'centre', settable: true },
    ],
    [
      'what the enrolment was made with',
      'off_the_job',
      { enrolment: { supervised: null, work: 30 } },
      { minutes: 1800, source: 'enrolment', settable: true },
    ],
    [
      'a centre admin’s target since then wins over the enrolment’s',
      'off_the_job',
      { enrolment: { supervised: null, work: 30 }, centre: new Map([['off_the_job', 90]]) },
      { minutes: 90, source: 'centre', settable: true },
    ],
    [
      'a centre’s own category',
      'shadowing',
      { catalogue: { supervised: 120, work: 40 }, centre: new Map([['shadowing', 300]]) },
      { minutes: 300, source: 'centre', settable: true },
    ],
  ])('%s', (_case, category, ground, expected) => {
    expect(hourTarget(category, { ...none, ...ground })).toEqual(expected);
  });
});

describe('hourTargetRefusal', () => {
  it.each<[string, HourTargetGround['catalogue'], boolean]>([
    ['supervised_practice', null, true],
    ['supervised_practice', { supervised: null, work: 10 }, true],
    ['supervised_practice', { supervised: 120, work: null }, false],
    ['off_the_job', { supervised: 120, work: 0 }, false],
    ['shadowing', { supervised: 120, work: 10 }, true],
  ])('%s under %j: may set %s', (category, catalogue, allowed) => {
    expect(hourTargetRefusal(category, catalogue) === null).toBe(allowed);
  });
});
