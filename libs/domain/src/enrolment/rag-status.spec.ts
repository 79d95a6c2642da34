import type { EnrolmentStatus, RagStatus, TimeElapsed } from '@signoff/contracts';
import { ragStatus } from './rag-status';

const MARGINS = { amberMargin: 10, redMargin: 25 };
const time = (share: number, extra: Partial<TimeElapsed> = {}): TimeElapsed => ({
  elapsedDays: Math.round(share * 100),
  plannedDays: 100,
  share,
  onBreak: false,
  ...extra,
});
const credits = (achieved: number, needed = 100) => ({
  towards: { measure: 'credits' as const, achieved, needed },
  readyToClaim: false,
});

describe('ragStatus', () => {
  it.each<
    [string, EnrolmentStatus, ReturnType<typeof credits>, TimeElapsed, RagStatus | null, RegExp]
  >([
    [
      'green keeping pace',
      'active',
      credits(50),
      time(0.5),
      'green',
      /Progress 50% against time elapsed 50%: keeping pace/,
    ],
    ['green ahead of time', 'active', credits(60), time(0.3), 'green', /keeping pace/],
    [
      'green lagging by exactly the amber margin',
      'active',
      credits(40),
      time(0.5),
      'green',
      /10 points behind, within the centre’s 10/,
    ],
    [
      'amber lagging by more than the amber margin',
      'active',
      credits(39),
      time(0.5),
      'amber',
      /11 points behind, more than the centre’s 10/,
    ],
    [
      'amber lagging by exactly the red margin',
      'active',
      credits(25),
      time(0.5),
      'amber',
      /25 points behind/,
    ],
    [
      'red lagging by more than the red margin',
      'active',
      credits(24),
      time(0.5),
      'red',
      /26 points behind, more than the centre’s 25/,
    ],
    [
      'red past the planned time and not ready to claim',
      'active',
      credits(95),
      time(1.01),
      'red',
      /Past the planned end date/,
    ],
    [
      'red on the planned end date',
      'active',
      credits(95),
      time(1),
      'red',
      /Past the planned end date/,
    ],
    [
      'green when ready to claim, whatever the time',
      'active',
      { ...credits(100), readyToClaim: true },
      time(1.5),
      'green',
      /Ready to claim/,
    ],
    [
      'green with no learning time elapsed',
      'active',
      credits(0),
      time(0),
      'green',
      /No learning time has passed/,
    ],
    [
      'red with nothing needed measured as nothing done',
      'active',
      credits(0, 0),
      time(0.5),
      'red',
      /Progress 0%/,
    ],
    [
      'none on a break in learning',
      'break_in_learning',
      credits(0),
      time(0.9, { onBreak: true }),
      null,
      /break in learning/,
    ],
    ['none once withdrawn', 'withdrawn', credits(0), time(0.9), null, /withdrawn/],
    ['none once completed', 'completed', credits(100), time(0.9), null, /completed/],
    ['none once certificated', 'certificated', credits(100), time(0.9), null, /certificated/],
  ])('is %s', (_case, status, progress, elapsed, rag, reason) => {
    const decision = ragStatus({ status }, progress, elapsed, MARGINS);
    expect(decision.rag).toBe(rag);
    expect(decision.reason).toMatch(reason);
  });

  it.each<[string, { amberMargin: number; redMargin: number }, RagStatus]>([
    ['amber with tight margins', { amberMargin: 0, redMargin: 5 }, 'amber'],
    ['red with tighter margins', { amberMargin: 0, redMargin: 1 }, 'red'],
    ['green with loose margins', { amberMargin: 5, redMargin: 50 }, 'green'],
  ])('is %s set by the centre (3 points behind)', (_case, margins, rag) => {
    expect(ragStatus({ status: 'active' }, credits(47), time(0.5), margins).rag).toBe(rag);
  });
});
