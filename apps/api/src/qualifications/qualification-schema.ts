import { QUALIFICATION_SCHEMA } from '@signoff/catalogue';
import type { FieldError, QualificationDocument } from '@signoff/contracts';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';

/**
 * The catalogue import format is defined once, by its JSON Schema; imports and draft saves are
 * checked against that same schema, and every problem is named by its dotted path.
 */
const ajv = new Ajv2020({
  allErrors: true,
  discriminator: true,
  strict: true,
  allowUnionTypes: true,
});
const validate = ajv.compile<QualificationDocument>(QUALIFICATION_SCHEMA);

export function schemaProblems(document: unknown): FieldError[] {
  if (validate(document)) return [];
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  for (const error of validate.errors ?? []) {
    const problem = describe(error);
    const key = `${problem.path}\n${problem.message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

export function isQualificationDocument(document: unknown): document is QualificationDocument {
  return validate(document);
}

function describe(error: ErrorObject): FieldError {
  const path = error.instancePath.split('/').filter(Boolean).map(unescapePointer);
  switch (error.keyword) {
    case 'required':
      return {
        path: [...path, error.params.missingProperty].join('.'),
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: [...path, error.params.additionalProperty].join('.'),
        message: 'is not a field of this format',
      };
    case 'type':
      return {
        path: path.join('.') || '(document)',
        message: `must be ${typeWords(error.params.type)}`,
      };
    case 'enum':
      return {
        path: path.join('.'),
        message: `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'const':
      return {
        path: path.join('.'),
        message: `must be ${JSON.stringify(error.params.allowedValue)}`,
      };
    case 'discriminator':
      return { path: [...path, error.params.tag].join('.'), message: 'is not a known kind' };
    case 'minimum':
      return { path: path.join('.'), message: `must be ${error.params.limit} or more` };
    case 'maximum':
      return { path: path.join('.'), message: `must be ${error.params.limit} or less` };
    case 'minLength':
      return error.params.limit === 1
        ? { path: path.join('.'), message: 'must be filled in' }
        : { path: path.join('.'), message: `must be at least ${error.params.limit} characters` };
    case 'maxLength':
      return { path: path.join('.'), message: `must be at most ${error.params.limit} characters` };
    case 'minItems':
      return { path: path.join('.'), message: `must have at least ${error.params.limit} entries` };
    case 'maxItems':
      return { path: path.join('.'), message: `must have at most ${error.params.limit} entries` };
    case 'pattern':
      return {
        path: path.join('.'),
        message: PATTERN_WORDS[error.params.pattern as string] ?? 'is not written as expected',
      };
    default:
      return { path: path.join('.') || '(document)', message: error.message ?? 'is not valid' };
  }
}

/** The schema's patterns, as a person would describe them. */
const PATTERN_WORDS: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9/._-]*$':
    'must start with a letter or digit and hold only letters, digits and / . _ -',
  '^[a-z0-9][a-z0-9-]*$':
    'must start with a lower-case letter or digit and hold only those and hyphens',
  '^[0-9]+$': 'must be a number, such as 3',
  '^[0-9]+\\.[0-9]+[a-z]?$': 'must be numbered like 1.2 or 1.2a',
};

function typeWords(type: string | string[]): string {
  const words: Record<string, string> = {
    integer: 'a whole number',
    number: 'a number',
    string: 'text',
    null: 'null',
    object: 'an object',
    array: 'a list',
    boolean: 'true or false',
  };
  return ([] as string[])
    .concat(type)
    .map((name) => words[name] ?? name)
    .join(' or ');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
