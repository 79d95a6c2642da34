import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@signoff/contracts';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { ApiError } from './api-error';

/** Unknown fields are refused, not ignored, so a typo in a field name is reported. */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
} as const;

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => ApiError.invalid(fieldErrors(errors)),
  });
}

/** For the few bodies read before pipes run (passport's login guard). */
export async function validateBody<T extends object>(
  dto: ClassConstructor<T>,
  body: unknown,
): Promise<T> {
  const instance = plainToInstance(dto, body ?? {});
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw ApiError.invalid(fieldErrors(errors));
  return instance;
}

/** One message per field: what it is (its type, its format) before how big it may be. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {}).sort(
      ([a], [b]) => rank(a) - rank(b),
    );
    const own = constraints.slice(0, 1).map(([, message]) => ({
      path,
      message: message.replace(new RegExp(`^${escape(error.property)} `), ''),
    }));
    return [...own, ...fieldErrors(error.children ?? [], path)];
  });
}

function rank(constraint: string): number {
  if (constraint === 'whitelistValidation' || constraint === 'isDefined') return 0;
  return constraint.startsWith('is') || constraint === 'matches' ? 1 : 2;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
