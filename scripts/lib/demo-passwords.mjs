import { createRequire } from 'node:module';
import argon2 from 'argon2';
import pg from 'pg';

const require = createRequire(import.meta.url);

/**
 * Re-stores the demo people's password (each set once, by link, as the seed's audit trail
 * records) as an argon2id hash at the lowest cost. Sign-in verifies at the cost written in the
 * hash, so the browser tests' many sign-ins and signatures no longer each spend the real cost
 * (64 MiB, three passes), which the app still uses for every password it sets.
 */
export async function cheapenDemoPasswords(databaseUrl) {
  const { DEMO_PASSWORD } = require('../../dist/api/apps/api/src/demo/demo-centre.js');
  const hash = await argon2.hash(DEMO_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 1024,
    timeCost: 1,
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE users SET password_hash = $1
        WHERE id::text IN (SELECT subject_id FROM audit_events
                            WHERE request_id = 'seed-demo' AND action = 'user.password_set_by_link')`,
      [hash],
    );
  } finally {
    await client.end();
  }
}
