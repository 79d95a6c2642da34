import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@signoff/contracts';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { constraintMessage } from './constraint-words';
import { FOLLOWS_RULE } from './dto-transforms';

/**
 * Unknown fields are refused, not ignored, so a typo in a field name is reported. Errors keep
 * their target so that their messages can be worded from the DTO's constraints (it is never
 * sent).
 */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: true },
} as const;

/** Every body, query and route parameter a handler reads passes here first. */
class RequestValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') refuseNulCharacters(value, metadata.data ?? '');
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => DomainError.invalid(fieldErrors(errors)),
  });
}

/**
 * Postgres cannot store the NUL character (U+0000) in text, and no form sends one, so it is
 * refused by the field before any validation or storage sees it.
 */
export function refuseNulCharacters(value: unknown, path = ''): void {
  const paths = nulCharacterPaths(value, path);
  if (paths.length > 0)
    throw DomainError.invalid(
      paths.map((at) => ({
        path: at || 'body',
        message: 'must not contain a NUL character (an invisible control character): remove it',
      })),
    );
}

function nulCharacterPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  // A NUL in a field's name is reported at the object that holds it.
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\u0000') ? [path] : nulCharacterPaths(item, path ? `${path}.${key}` : key),
  );
}

/** For the few bodies read before pipes run (passport's login guard). */
export async function validateBody<T extends object>(
  dto: ClassConstructor<T>,
  body: unknown,
): Promise<T> {
  refuseNulCharacters(body);
  const instance = plainToInstance(dto, body ?? {});
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw DomainError.invalid(fieldErrors(errors));
  return instance;
}

/** One message per field: what it is (its type, its format) before how big it may be. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {}).sort(
      ([a], [b]) => rank(a) - rank(b),
    );
    const own = constraints.slice(0, 1).map(([constraint, message]) => ({
      path,
      message: constraintMessage(
        error,
        constraint,
        message.replace(new RegExp(`^${escape(error.property)} `), ''),
      ),
    }));
    return [...own, ...fieldErrors(error.children ?? [], path)];
  });
}

function rank(constraint: string): number {
  if (constraint === 'whitelistValidation' || constraint === 'isDefined') return 0;
  return constraint.startsWith('is') || constraint === 'matches' || constraint === FOLLOWS_RULE
    ? 1
    : 2;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
