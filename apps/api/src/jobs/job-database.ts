import type { EntityManager } from 'typeorm';

/** What pg-boss needs of a connection (its `db` option, and `{ db }` on each call). */
export interface JobDatabase {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss through TypeORM's connection: in the caller's transaction when the manager has one (so
 * a job is enqueued, or not, with what the transaction writes), else on the application's one
 * pool. pg-boss never opens a pool of its own: the embedded database takes a single connection.
 */
export function jobDatabase(manager: EntityManager): JobDatabase {
  return {
    async executeSql(text, values) {
      const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
      try {
        // pg-boss reads its own rows: they pass through to it untouched, as it expects them.
        // eslint-disable-next-line no-restricted-syntax
        const result = await runner.query(text, values, true);
        return { rows: (result.records ?? []) as unknown[] };
      } finally {
        if (runner !== manager.queryRunner) await runner.release();
      }
    },
  };
}
