import { isCalendarDay } from '@signoff/domain';
import { ValidateBy } from 'class-validator';

/** Small pieces shared by the request DTOs. */

/** Surrounding spaces are never meant. */
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails are stored and compared lower-cased. */
export const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** For @ValidateIf: a field that may be null is validated only when it is not. */
export const unlessNull = (_: object, value: unknown) => value !== null;

export const CALENDAR_DAY_MESSAGE =
  'must be a real date, written YYYY-MM-DD (for example 2026-09-01)';

/** Every date field: a day that exists, by the one rule the domain keeps. */
export const IsCalendarDay = (): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: { validate: isCalendarDay, defaultMessage: () => CALENDAR_DAY_MESSAGE },
  });
