import type { Page } from './paging';

/** One job that failed every try, as `GET /api/jobs/failed` lists it for admins. */
export interface FailedJob {
  id: string;
  /** What the job does, e.g. `files.sweep`. */
  name: string;
  queuedAt: string;
  /** When its last try failed. */
  failedAt: string;
  /** How many times it ran, the first time included. */
  tries: number;
  /** Why the last try failed, in words that carry no personal data (the server log has more). */
  lastError: string;
}

/** `GET /api/jobs/failed?limit=&offset=`: newest first. */
export type FailedJobsPage = Page<FailedJob>;
