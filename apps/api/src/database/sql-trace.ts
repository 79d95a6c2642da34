import { appendFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { loggableUrl } from '../http/loggable-url';
import { watchRequestStatements } from './request-statements';

/**
 * Appends one JSON line per SQL statement run on behalf of an HTTP request to `file`: the
 * request (method and path), the statement, its parameters and how long the driver took. For the
 * bench (SQL_TRACE_FILE), which counts statements per request and replays them bare; never on in
 * production, as it writes synchronously and records parameters.
 */
export function traceSql(server: Server, dataSource: DataSource, file: string): void {
  let served = 0;
  watchRequestStatements(
    server,
    dataSource,
    (request) => ({
      id: (served += 1),
      method: request.method,
      path: loggableUrl(request.url ?? ''),
    }),
    (request, statement) => appendFileSync(file, JSON.stringify({ request, ...statement }) + '\n'),
  );
}
