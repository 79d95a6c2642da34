import { LEARNER_IMPORT_LIMITS } from '@signoff/contracts';
import { text, type NextFunction, type Request, type Response } from 'express';
import { DomainError } from '../errors/domain-error';

const { maxLearners, maxBytes } = LEARNER_IMPORT_LIMITS;

/** What a person importing too large a file is told: the limits, and what to do. */
export function importTooLarge(): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `An import takes at most ${maxLearners} learners and ${maxBytes / 1024 / 1024} MB. ` +
      'Split the file into smaller ones, each with the header row, and import each one.',
  );
}

const readText = text({ type: 'text/csv', limit: maxBytes });

/**
 * A text/csv body, up to the import's byte limit. A longer one is refused, judged by its
 * declared length before any byte is read, else once the limit is passed; the rest is read
 * and dropped, never kept.
 */
export function csvBody(req: Request, res: Response, next: NextFunction): void {
  readText(req, res, (error?: unknown) => next(isTooLarge(error) ? importTooLarge() : error));
}

function isTooLarge(error: unknown): boolean {
  return (error as { type?: unknown } | undefined)?.type === 'entity.too.large';
}
