// One connection to the bench's database, as its owner, for fixtures and lookups.
import pg from 'pg';

/** Answers `work(client)` on a connection of its own, closed afterwards. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Answers `work(client)` in one transaction: all of it is written, or none. */
export function inTransaction(url, work) {
  return withClient(url, async (client) => {
    await client.query('BEGIN');
    try {
      const answer = await work(client);
      await client.query('COMMIT');
      return answer;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
