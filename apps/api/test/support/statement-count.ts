import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** The SQL of the request being served, in order; each request the app serves has its own. */
const servedRequest = new AsyncLocalStorage<string[]>();

export interface StatementWatch {
  /** Sends one request and answers it with the SQL statements the app ran to serve it. */
  statementsOf(send: () => PromiseLike<Response>): Promise<{ response: Response; sql: string[] }>;
}

/**
 * Counts the SQL statements the app runs on behalf of each HTTP request: every request is served
 * inside its own async context, and a query subscriber on the app's data source notes each
 * statement in the context it was issued from. Background work (the job queue, session
 * housekeeping) runs outside any request, so it is never counted. Install once per app.
 */
export function watchStatements(t: TestApp): StatementWatch {
  t.app.get(DataSource).subscribers.push({
    beforeQuery: ({ query }) => {
      servedRequest.getStore()?.push(query);
    },
  });
  const server = t.http as Server;
  const handlers = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  const served: string[][] = [];
  server.on('request', (...args: unknown[]) => {
    const sql: string[] = [];
    served.push(sql);
    servedRequest.run(sql, () => handlers.forEach((handler) => handler.apply(server, args)));
  });
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
