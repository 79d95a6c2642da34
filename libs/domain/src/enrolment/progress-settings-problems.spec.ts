import { DEFAULT_PROGRESS_SETTINGS, type ProgressSettings } from '@signoff/contracts';
import { progressSettingsProblems } from './progress-settings-problems';

describe('progressSettingsProblems', () => {
  it.each<[string, Partial<ProgressSettings>, string[]]>([
    ['the defaults', {}, []],
    ['amber at 0 and red at 100', { amberMargin: 0, redMargin: 100 }, []],
    ['amber equal to red', { amberMargin: 20, redMargin: 20 }, ['redMargin']],
    ['amber above red', { amberMargin: 30, redMargin: 20 }, ['redMargin']],
    ['a negative margin', { amberMargin: -1 }, ['amberMargin']],
    ['a margin above 100', { redMargin: 101 }, ['redMargin']],
    ['a fraction of a point', { amberMargin: 10.5 }, ['amberMargin']],
    ['no weeks between reviews', { reviewIntervalWeeks: 0 }, ['reviewIntervalWeeks']],
    ['more than a year between reviews', { reviewIntervalWeeks: 53 }, ['reviewIntervalWeeks']],
  ])('names the fields wrong in %s', (_case, change, paths) => {
    expect(
      progressSettingsProblems({ ...DEFAULT_PROGRESS_SETTINGS, ...change }).map(
        (problem) => problem.path,
      ),
    ).toEqual(paths);
  });
});
