import { isDatabaseUnavailable } from '../database/database-unavailable';

/**
 * A job's failure in words an admin may read: a handler throws this when it can say what went
 * wrong without naming a person or quoting their data.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';
}

const LOG_HINT = 'the server log has the details';

/**
 * What the admins' list of failed jobs says about an error. Other errors' messages may quote
 * rows or file names (a unique violation names the value), so only their kind and code show.
 */
export function describeJobError(error: unknown): string {
  if (error instanceof JobFailure) return error.message;
  if (isDatabaseUnavailable(error)) return `The database could not be reached; ${LOG_HINT}.`;
  const code = codeOf(error) ?? codeOf((error as { driverError?: unknown } | null)?.driverError);
  if (code !== null && /^[0-9A-Z]{5}$/.test(code))
    return `A database statement failed (SQLSTATE ${code}); ${LOG_HINT}.`;
  if (code !== null && /^E[A-Z]+$/.test(code))
    return `A file or network operation failed (${code}); ${LOG_HINT}.`;
  const kind = error instanceof Error ? error.constructor.name : typeof error;
  return `Unexpected ${kind}; ${LOG_HINT}.`;
}

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
