#!/usr/bin/env node
// Benchmark: the pages people open all day, on a centre of realistic size, as ratios against a
// baseline (GET /api/health, one trivial query) measured in the same run, since these machines
// are noisy. Needs the built app (`npm run build`) and a Postgres server (DATABASE_URL or
// 127.0.0.1:5432); it creates a database of its own and drops it afterwards.
import pg from 'pg';
import { signIn, withBenchApp } from './lib/bench-app.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 400);
const ITEMS_PER_LEARNER = Number(process.env.BENCH_ITEMS ?? 40);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150);

await withBenchApp('signoff_bench', async ({ app, database }) => {
  // The data is generated as the owner, as a fixture.
  const t0 = Date.now();
  await generate(database.url);
  console.log(
    `generated ${LEARNERS} learners, ${LEARNERS * ITEMS_PER_LEARNER} evidence items in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const admin = await signIn(app.url, 'admin@demo.test');
  const assessor = await signIn(app.url, 'assessor@demo.test');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT e.id AS enrolment,
            (SELECT i.id FROM evidence_items i JOIN evidence_versions v ON v.item_id = i.id AND v.status <> 'draft' WHERE i.enrolment_id = e.id LIMIT 1) AS item
       FROM enrolments e JOIN enrolment_assignments a ON a.enrolment_id = e.id AND a.role = 'assessor' AND a.ended_at IS NULL
       JOIN users u ON u.id = a.user_id WHERE u.email = 'assessor@demo.test' AND EXISTS (SELECT 1 FROM evidence_items WHERE enrolment_id = e.id) LIMIT 1`,
  );
  await client.end();
  const { enrolment, item } = rows[0];

  const cases = [
    ['baseline: GET /api/health', '/api/health', null],
    ['GET /api/me', '/api/me', admin],
    [
      `admin: GET /api/enrolments (a page of 50 of ${LEARNERS + 2} enrolments)`,
      '/api/enrolments',
      admin,
    ],
    ['assessor: GET /api/enrolments (caseload, first page)', '/api/enrolments', assessor],
    [
      `assessor: a portfolio (first page of ${ITEMS_PER_LEARNER} items, an eighth of them drafts it does not see)`,
      `/api/enrolments/${enrolment}/evidence`,
      assessor,
    ],
    [
      'assessor: a portfolio filtered by unit and outcome',
      `/api/enrolments/${enrolment}/evidence?unit=QC28074-3&outcome=2`,
      assessor,
    ],
    ['assessor: one evidence item', `/api/evidence/${item}`, assessor],
    ['assessor: progress', `/api/enrolments/${enrolment}/progress`, assessor],
  ];
  const results = [];
  for (const [name, path, cookie] of cases)
    results.push([name, await medianMs(app.url + path, cookie)]);
  const baseline = results[0][1];
  console.log(
    `\nmedian of ${SAMPLES} sequential requests each, as a ratio of the baseline (${baseline.toFixed(2)} ms here):`,
  );
  for (const [name, ms] of results)
    console.log(`  ${(ms / baseline).toFixed(1).padStart(6)} ×  ${name}`);
});

async function medianMs(url, cookie) {
  const headers = cookie ? { cookie } : {};
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A centre of realistic size around the demo data: learners, enrolments on the QualCert L6, evidence. */
async function generate(url) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const ids = Object.fromEntries(
      (await db.query(`SELECT email, id FROM users WHERE email LIKE '%@demo.test'`)).rows.map(
        (row) => [row.email, row.id],
      ),
    );
    const {
      rows: [centre],
    } = await db.query(`SELECT id FROM centres LIMIT 1`);
    const {
      rows: [version],
    } = await db.query(`SELECT id FROM qualification_versions WHERE status = 'published' LIMIT 1`);
    await db.query(
      `WITH people AS (
         INSERT INTO users (email, display_name) SELECT 'bench-' || n || '@example.test', 'Bench Learner ' || n FROM generate_series(1, $1) n RETURNING id
       ), members AS (
         INSERT INTO centre_members (user_id, centre_id) SELECT id, $2 FROM people RETURNING user_id
       ), roles AS (
         INSERT INTO memberships (user_id, centre_id, role) SELECT user_id, $2, 'learner' FROM members RETURNING user_id
       )
       INSERT INTO learner_profiles (user_id, centre_id, date_of_birth) SELECT user_id, $2, '1990-01-01' FROM roles`,
      [LEARNERS, centre.id],
    );
    await db.query(
      `INSERT INTO enrolments (centre_id, learner_id, qualification_version_id, start_date, planned_end_date, planned_units, entry_check)
       SELECT $1, p.user_id, $2, '2026-09-01', '2027-08-31', '["QC28074-1","QC28074-2","QC28074-3","QC28074-4","QC28074-5","QC28074-6"]',
              '{"outcome":"met","blocking":false,"results":[]}'
         FROM learner_profiles p JOIN users u ON u.id = p.user_id WHERE u.email LIKE 'bench-%'`,
      [centre.id, version.id],
    );
    // Half the caseload each to the two demo assessors; one IQA.
    await db.query(
      `INSERT INTO enrolment_assignments (enrolment_id, role, user_id)
       SELECT e.id, 'assessor', CASE WHEN row_number() OVER (ORDER BY e.id) % 2 = 0 THEN $1::uuid ELSE $2::uuid END
         FROM enrolments e JOIN users u ON u.id = e.learner_id WHERE u.email LIKE 'bench-%'
       UNION ALL
       SELECT e.id, 'iqa', $3::uuid FROM enrolments e JOIN users u ON u.id = e.learner_id WHERE u.email LIKE 'bench-%'`,
      [ids['assessor@demo.test'], ids['assessor2@demo.test'], ids['iqa@demo.test']],
    );
    await db.query(
      `WITH items AS (
         INSERT INTO evidence_items (enrolment_id, author_id)
         SELECT e.id, e.learner_id FROM enrolments e JOIN users u ON u.id = e.learner_id, generate_series(1, $1) n
          WHERE u.email LIKE 'bench-%' RETURNING id
       )
       INSERT INTO evidence_versions (item_id, number, status, method, title, narrative, activity_date, claims)
       SELECT id, 1, (ARRAY['draft', 'submitted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'referred'])[1 + floor(random() * 8)::int],
              'reflective_account', 'Reflective account ' || left(id::text, 8), '<p>' || repeat('Supervision notes. ', 40) || '</p>',
              date '2026-09-01' + (random() * 300)::int,
              jsonb_build_array(jsonb_build_object('unit', 'QC28074-' || (1 + (random() * 5)::int), 'outcome', (1 + (random() * 5)::int)::text, 'criterion', null),
                                jsonb_build_object('unit', 'QC28074-' || (1 + (random() * 5)::int), 'outcome', (1 + (random() * 5)::int)::text, 'criterion', null))
         FROM items`,
      [ITEMS_PER_LEARNER],
    );
    // Whatever was submitted carries its declaration, as the portfolio's own would.
    await db.query(
      `INSERT INTO declarations (version_id, learner_id, statement, declared_at, sha256)
       SELECT v.id, i.author_id, 'I declare that this evidence is my own work.', v.created_at, encode(sha256(v.id::text::bytea), 'hex')
         FROM evidence_versions v JOIN evidence_items i ON i.id = v.item_id WHERE v.status <> 'draft'`,
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}
