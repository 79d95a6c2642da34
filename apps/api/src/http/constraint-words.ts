import { getMetadataStorage, type ValidationError } from 'class-validator';

/** The constraint's arguments (a length, a list of values) and the value that failed it. */
type Words = (args: unknown[], value: unknown) => string;

const plural = (count: unknown, one: string, many: string) =>
  `${String(count)} ${count === 1 ? one : many}`;

/**
 * What each class-validator constraint asks for, in words for the person who filled in the
 * form. class-validator's own ("must be longer than or equal to 1 characters", "property x
 * should not exist") are written for programmers; a DTO that says more gives its own message.
 */
const WORDS: Record<string, Words> = {
  isDefined: () => 'must be filled in',
  isNotEmpty: () => 'must be filled in',
  isString: () => 'must be text',
  isLength: ([min, max], value) =>
    typeof value === 'string' && value.length > Number(max)
      ? `must be at most ${plural(max, 'character', 'characters')} long`
      : min === 1
        ? 'must be filled in'
        : `must be ${String(min)} to ${String(max)} characters long`,
  maxLength: ([max]) => `must be at most ${plural(max, 'character', 'characters')} long`,
  minLength: ([min]) => `must be at least ${plural(min, 'character', 'characters')} long`,
  isIn: ([values]) => `must be one of: ${(values as unknown[]).map(String).join(', ')}`,
  isInt: () => 'must be a whole number',
  isNumber: () => 'must be a number',
  min: ([min]) => `must be ${String(min)} or more`,
  max: ([max]) => `must be ${String(max)} or less`,
  isArray: () => 'must be a list',
  arrayMinSize: ([min]) => `must have at least ${plural(min, 'entry', 'entries')}`,
  arrayMaxSize: ([max]) => `must have at most ${plural(max, 'entry', 'entries')}`,
  isUuid: () => 'must be the id of a record (a UUID)',
  isEmail: () => 'must be an email address, such as name@example.org',
  isBoolean: () => 'must be true or false',
  equals: ([value]) => `must be ${JSON.stringify(value)}`,
  matches: () => 'is not written in the expected form',
  nestedValidation: () => 'must be a group of fields, not a single value',
  whitelistValidation: () => 'is not a field this accepts: leave it out',
  unknownValue: () => 'must be a group of fields',
};

/**
 * The message for one constraint a field failed: the DTO's own words where it gives them,
 * else ours; a field that was not sent at all is asked for.
 */
export function constraintMessage(error: ValidationError, constraint: string, raw: string): string {
  // (A parent's value may have been left out of its error; only a value sent as absent counts.)
  if (constraint !== 'whitelistValidation' && 'value' in error && error.value === undefined)
    return 'must be filled in';
  const declared = error.target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(error.target.constructor, '', true, false)
        .find(
          (meta) => meta.propertyName === error.property && (meta.name ?? meta.type) === constraint,
        )
    : undefined;
  // @ValidateNested writes class-validator's default into its metadata as if it were the DTO's.
  if (declared?.message !== undefined && constraint !== 'nestedValidation') return raw;
  const words = WORDS[constraint];
  if (!words) return raw;
  const message = words(declared?.constraints ?? [], error.value);
  return declared?.each ? `${message}, in every entry` : message;
}
