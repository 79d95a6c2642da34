import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server } from 'node:http';
import type { DataSource, QueryRunner } from 'typeorm';

/** One SQL statement the app ran on behalf of an HTTP request, once it has run. */
export interface RequestStatement {
  sql: string;
  parameters: unknown[];
  /** From handing the statement to the driver to its answer. */
  ms: number;
}

/**
 * Hands `onStatement` each SQL statement the app runs on behalf of an HTTP request, with what
 * `begin` made of that request: every request the server receives is served inside its own async
 * context, and a query subscriber on the data source notes each statement in the context it was
 * issued from. Background work (the job queue, session housekeeping) runs outside any request,
 * so it is never reported. Install once per server.
 */
export function watchRequestStatements<R>(
  server: Server,
  dataSource: DataSource,
  begin: (request: IncomingMessage) => R,
  onStatement: (request: R, statement: RequestStatement) => void,
): void {
  const served = new AsyncLocalStorage<R>();
  // A query runner runs one statement at a time, so its start is the one its answer ends.
  const started = new WeakMap<QueryRunner, bigint>();
  dataSource.subscribers.push({
    beforeQuery: ({ queryRunner }) => {
      if (served.getStore() !== undefined) started.set(queryRunner, process.hrtime.bigint());
    },
    afterQuery: ({ queryRunner, query, parameters, executionTime }) => {
      const request = served.getStore();
      if (request === undefined) return;
      const start = started.get(queryRunner);
      const ms =
        start === undefined
          ? (executionTime ?? NaN)
          : Number(process.hrtime.bigint() - start) / 1e6;
      onStatement(request, {
        sql: query,
        parameters: Array.isArray(parameters) ? parameters : [],
        ms,
      });
    },
  });
  const handlers = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, ...rest: unknown[]) => {
    served.run(begin(request), () =>
      handlers.forEach((handler) => handler.call(server, request, ...rest)),
    );
  });
}
