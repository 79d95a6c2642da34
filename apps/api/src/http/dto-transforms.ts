import { calendarDay, fieldProblem, type FieldRule, type Fields } from '@signoff/contracts';
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

/** The constraint a field's rule from libs/contracts is checked under. */
export const FOLLOWS_RULE = 'followsRule';

/**
 * The field follows its rule from libs/contracts (`LEARNER_PROFILE_RULES.dateOfBirth`), the one
 * the web forms and the CSV import check too; the rule's words are the field's message.
 */
export const FollowsRule = (rule: FieldRule): PropertyDecorator =>
  ValidateBy({
    name: FOLLOWS_RULE,
    validator: {
      validate: (value, args) => fieldProblem(rule, value, args?.object as Fields) === null,
      defaultMessage: (args) => fieldProblem(rule, args?.value, args?.object as Fields) ?? '',
    },
  });

/** Every date field: a day that exists, by the one rule in libs/contracts. */
export const IsCalendarDay = (): PropertyDecorator => FollowsRule(calendarDay());
