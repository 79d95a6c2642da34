import {
  hourEntryProblems,
  type FieldError,
  type HourEntry,
  type HourEntryContent,
} from '@signoff/contracts';
import { calendarDayAt, hourDateProblem } from '@signoff/domain';

/** The form's answers, as typed: hours and minutes apart, the evidence chosen or not. */
export interface HourEntryAnswers {
  date: string;
  hours: string;
  minutes: string;
  activity: string;
  category: string | null;
  evidenceItemId: string | null;
}

export const HOUR_ENTRY_SUBJECTS = {
  date: 'The date',
  hours: 'Hours',
  minutes: 'The time',
  activity: 'The activity',
  category: 'The category',
  evidenceItemId: 'The evidence',
};

const NO_EVIDENCE = 'none';

export function hourEntryAnswers(entry?: HourEntry, today = ''): HourEntryAnswers {
  return {
    date: entry?.date ?? today,
    hours: entry ? String(Math.floor(entry.minutes / 60)) : '',
    minutes: entry ? String(entry.minutes % 60) : '0',
    activity: entry?.activity ?? '',
    category: entry?.category ?? null,
    evidenceItemId: entry?.evidenceItemId ?? NO_EVIDENCE,
  };
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function toHourEntryRequest(answers: HourEntryAnswers): HourEntryContent {
  const hours = answers.hours.trim() === '' ? 0 : whole(answers.hours);
  const minutes = answers.minutes.trim() === '' ? 0 : whole(answers.minutes);
  return {
    date: answers.date,
    minutes: hours * 60 + minutes,
    activity: answers.activity.trim(),
    category: answers.category ?? '',
    evidenceItemId:
      answers.evidenceItemId === null || answers.evidenceItemId === NO_EVIDENCE
        ? null
        : answers.evidenceItemId,
  };
}

/** The API's rules of an entry, checked here first, with hours and minutes told apart. */
export function hourEntryFormProblems(answers: HourEntryAnswers, now = new Date()): FieldError[] {
  const problems: FieldError[] = [];
  const hours = answers.hours.trim() === '' ? 0 : whole(answers.hours);
  const minutes = answers.minutes.trim() === '' ? 0 : whole(answers.minutes);
  if (Number.isNaN(hours) || hours > 24)
    problems.push({ path: 'hours', message: 'must be a whole number from 0 to 24' });
  if (Number.isNaN(minutes) || minutes > 59)
    problems.push({ path: 'minutes', message: 'must be a whole number of minutes from 0 to 59' });
  const request = toHourEntryRequest(answers);
  for (const problem of hourEntryProblems(request)) {
    if (problem.path === 'minutes' && problems.length > 0) continue;
    if (problem.path === 'minutes')
      problems.push({
        path: 'minutes',
        message: 'must add up to between 1 minute and 24 hours for one entry',
      });
    else if (problem.path === 'category') problems.push({ ...problem, message: 'must be chosen' });
    else problems.push(problem);
  }
  const future = problems.some(({ path }) => path === 'date')
    ? null
    : hourDateProblem(request.date, calendarDayAt(now));
  if (future !== null) problems.push({ path: 'date', message: future });
  return problems;
}
