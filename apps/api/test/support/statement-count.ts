import type { Server } from 'node:http';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { watchRequestStatements } from '../../src/database/request-statements';
import type { TestApp } from './test-app';

export interface StatementWatch {
  /** Sends one request and answers it with the SQL statements the app ran to serve it. */
  statementsOf(send: () => PromiseLike<Response>): Promise<{ response: Response; sql: string[] }>;
}

/**
 * Counts the SQL statements the app runs on behalf of each HTTP request (see
 * watchRequestStatements: background work is never counted). Install once per app.
 */
export function watchStatements(t: TestApp): StatementWatch {
  const served: string[][] = [];
  watchRequestStatements(
    t.http as Server,
    t.app.get(DataSource),
    () => {
      const sql: string[] = [];
      served.push(sql);
      return sql;
    },
    (sql, statement) => sql.push(statement.sql),
  );
  return {
    async statementsOf(send) {
      const before = served.length;
      const response = await send();
      const mine = served.slice(before);
      if (mine.length !== 1)
        throw new Error(`expected one request to be served, but ${mine.length} were`);
      return { response, sql: mine[0] };
    },
  };
}
