#!/usr/bin/env node
// Benchmark: the pages people open all day, on a centre of realistic size, as ratios against a
// baseline (GET /api/health, one trivial query) measured in the same run, since these machines
// are noisy. Needs the built app (`npm run build`) and a Postgres server (DATABASE_URL or
// 127.0.0.1:5432); it creates a database of its own and drops it afterwards.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { signIn, withBenchApp } from './lib/bench-app.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 400);
const ITEMS_PER_LEARNER = Number(process.env.BENCH_ITEMS ?? 40);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150);
/** The sign-off matrix: one unit of this many rows (criteria), this many accepted items mapped across them. */
const MATRIX_ROWS = Number(process.env.BENCH_MATRIX_ROWS ?? 150);
const MATRIX_ITEMS = Number(process.env.BENCH_MATRIX_ITEMS ?? 500);
const WIDE_UNIT = 'QC28074-1';

await withBenchApp('signoff_bench', async ({ app, database }) => {
  // The data is generated as the owner, as a fixture.
  const t0 = Date.now();
  await generate(database.url);
  console.log(
    `generated ${LEARNERS} learners, ${LEARNERS * ITEMS_PER_LEARNER} evidence items in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const admin = await signIn(app.url, 'admin@demo.test');
  const assessor = await signIn(app.url, 'assessor@demo.test');
  const t1 = Date.now();
  const matrix = await generateMatrix(app.url, database.url, admin);
  console.log(
    `generated a unit of ${MATRIX_ROWS} rows with ${MATRIX_ITEMS} accepted items mapped across it in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
  );

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT e.id AS enrolment, e.learner_id AS learner,
            (SELECT i.id FROM evidence_items i JOIN evidence_versions v ON v.item_id = i.id AND v.status <> 'draft' WHERE i.enrolment_id = e.id LIMIT 1) AS item
       FROM enrolments e JOIN enrolment_assignments a ON a.enrolment_id = e.id AND a.role = 'assessor' AND a.ended_at IS NULL
       JOIN users u ON u.id = a.user_id JOIN users l ON l.id = e.learner_id
      WHERE u.email = 'assessor@demo.test' AND l.email ~ '^bench-[0-9]+@' AND EXISTS (SELECT 1 FROM evidence_items WHERE enrolment_id = e.id) LIMIT 1`,
  );
  const { enrolment, learner, item } = rows[0];
  const {
    rows: [{ awaiting, enrolments }],
  } = await client.query(
    `SELECT (SELECT count(*)::int FROM evidence_versions v JOIN evidence_items i ON i.id = v.item_id
               JOIN enrolment_assignments a ON a.enrolment_id = i.enrolment_id AND a.role = 'assessor' AND a.ended_at IS NULL
               JOIN users u ON u.id = a.user_id WHERE u.email = 'assessor@demo.test' AND v.status = 'submitted') AS awaiting,
            (SELECT count(*)::int FROM enrolments e JOIN centres c ON c.id = e.centre_id WHERE c.name = 'Demo Care Academy') AS enrolments`,
  );
  await client.end();
  const cases = [
    ['baseline: GET /api/health', '/api/health', null],
    ['GET /api/me', '/api/me', admin],
    [
      `admin: GET /api/enrolments (a page of 50 of ${enrolments} enrolments)`,
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
    [
      `assessor: GET /api/assessment-queue (first page of 50, of ${awaiting} awaiting, with the total)`,
      '/api/assessment-queue',
      assessor,
    ],
    [
      `assessor: the queue narrowed to one learner and one unit`,
      `/api/assessment-queue?learner=${learner}&unit=QC28074-2`,
      assessor,
    ],
    [
      `assessor: a unit's sign-off matrix (${MATRIX_ROWS} rows, ${MATRIX_ITEMS} accepted items mapped across them, a third signed)`,
      `/api/enrolments/${matrix.enrolment}/units/${WIDE_UNIT}/matrix`,
      assessor,
    ],
    [
      `assessor: progress of an enrolment with ${MATRIX_ITEMS} accepted items`,
      `/api/enrolments/${matrix.enrolment}/progress`,
      assessor,
    ],
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
    const body = await response.text();
    if (!response.ok) throw new Error(`${url}: ${response.status} ${body}`);
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
    } = await db.query(`SELECT id FROM centres WHERE name = 'Demo Care Academy'`);
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
    // Each enrolment's history starts as the admin's enrolling it does.
    await db.query(
      `INSERT INTO enrolment_status_history (enrolment_id, status, changed_by)
       SELECT e.id, 'active', $1 FROM enrolments e JOIN users u ON u.id = e.learner_id WHERE u.email LIKE 'bench-%'`,
      [ids['admin@demo.test']],
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
         FROM evidence_versions v JOIN evidence_items i ON i.id = v.item_id JOIN users u ON u.id = i.author_id
        WHERE v.status <> 'draft' AND u.email LIKE 'bench-%'`,
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}

/**
 * A QualCert L6 whose unit QC28074-1 has MATRIX_ROWS criteria, imported and published by the
 * admin through the API, and one learner enrolled on it, assessed by Priya Shah, with
 * MATRIX_ITEMS accepted items each mapped by her to three rows (so every row has evidence), and
 * a third of the rows signed two at a time on the evidence mapped to them.
 */
async function generateMatrix(appUrl, url, admin) {
  const document = JSON.parse(
    readFileSync(
      new URL(
        '../libs/catalogue/qualcert-l6-diploma-mental-health-management.json',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  document.code = 'QC-BENCH';
  document.title = `${document.title} (bench)`;
  const unit = document.units.find((candidate) => candidate.reference === WIDE_UNIT);
  const refs = [];
  unit.outcomes.forEach((outcome, index) => {
    const count =
      Math.floor(MATRIX_ROWS / unit.outcomes.length) +
      (index < MATRIX_ROWS % unit.outcomes.length ? 1 : 0);
    outcome.criteria = Array.from({ length: count }, (_, n) => ({
      number: `${outcome.number}.${n + 1}`,
      title: `Criterion ${outcome.number}.${n + 1}`,
      requiredMethods: [],
    }));
    refs.push(
      ...outcome.criteria.map(({ number }) => ({ outcome: outcome.number, criterion: number })),
    );
  });
  const send = async (path, body) => {
    const response = await fetch(`${appUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin, origin: appUrl },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const { qualificationId } = await send('/api/qualifications/import', document);
  await send(`/api/qualifications/${qualificationId}/publish`);

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const {
      rows: [ids],
    } = await db.query(
      `SELECT (SELECT id FROM centres WHERE name = 'Demo Care Academy') AS centre,
              (SELECT id FROM qualification_versions WHERE qualification_id = $1 AND status = 'published') AS version,
              (SELECT id FROM users WHERE email = 'assessor@demo.test') AS assessor,
              (SELECT id FROM users WHERE email = 'iqa@demo.test') AS iqa`,
      [qualificationId],
    );
    const {
      rows: [{ enrolment, learner }],
    } = await db.query(
      `WITH person AS (
         INSERT INTO users (email, display_name) VALUES ('bench-matrix@example.test', 'Bench Matrix Learner') RETURNING id
       ), member AS (
         INSERT INTO centre_members (user_id, centre_id) SELECT id, $1 FROM person RETURNING user_id
       ), role AS (
         INSERT INTO memberships (user_id, centre_id, role) SELECT user_id, $1, 'learner' FROM member RETURNING user_id
       ), profile AS (
         INSERT INTO learner_profiles (user_id, centre_id, date_of_birth) SELECT user_id, $1, '1990-01-01' FROM role RETURNING user_id
       ), enrolled AS (
         INSERT INTO enrolments (centre_id, learner_id, qualification_version_id, start_date, planned_end_date, planned_units, entry_check)
         SELECT $1, user_id, $2, '2026-09-01', '2027-08-31', '["QC28074-1","QC28074-2","QC28074-3","QC28074-4","QC28074-5","QC28074-6"]',
                '{"outcome":"met","blocking":false,"results":[]}' FROM profile RETURNING id, learner_id
       ), history AS (
         INSERT INTO enrolment_status_history (enrolment_id, status) SELECT id, 'active' FROM enrolled
       ), assigned AS (
         INSERT INTO enrolment_assignments (enrolment_id, role, user_id)
         SELECT id, 'assessor', $3::uuid FROM enrolled UNION ALL SELECT id, 'iqa', $4::uuid FROM enrolled
       )
       SELECT id AS enrolment, learner_id AS learner FROM enrolled`,
      [ids.centre, ids.version, ids.assessor, ids.iqa],
    );
    const claims = refs.map(({ outcome, criterion }) => ({ unit: WIDE_UNIT, outcome, criterion }));
    await db.query(
      `WITH items AS (
         INSERT INTO evidence_items (enrolment_id, author_id) SELECT $1, $2 FROM generate_series(1, $3) RETURNING id
       ), numbered AS (
         SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM items
       ), versions AS (
         INSERT INTO evidence_versions (item_id, number, status, method, title, narrative, activity_date, claims)
         SELECT id, 1, 'accepted', 'reflective_account', 'Reflective account ' || n,
                '<p>' || repeat('Supervision notes. ', 40) || '</p>', date '2026-09-01' + (n % 300)::int,
                jsonb_build_array($4::jsonb -> ((n * 3) % $5)::int, $4::jsonb -> ((n * 3 + 1) % $5)::int, $4::jsonb -> ((n * 3 + 2) % $5)::int)
           FROM numbered RETURNING id, claims
       ), declared AS (
         INSERT INTO declarations (version_id, learner_id, statement, declared_at, sha256)
         SELECT id, $2, 'I declare that this evidence is my own work.', now(), encode(sha256(id::text::bytea), 'hex') FROM versions
       )
       INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, mapping)
       SELECT id, $1, $6, 'accept', claims FROM versions`,
      [enrolment, learner, MATRIX_ITEMS, JSON.stringify(claims), claims.length, ids.assessor],
    );
    const signed = refs.slice(0, Math.floor(refs.length / 3)).map(({ criterion }) => criterion);
    await db.query(
      `WITH signed AS (
         INSERT INTO sign_offs (enrolment_id, unit, kind, rows, signer_id, signer_role, centre_id, statement, content,
                                content_sha256, idempotency_key, request_sha256)
         SELECT $1, $2, 'rows', ($3::text[])[2 * g + 1 : 2 * g + 2], $4, 'assessor', $5,
                'I confirm that the evidence meets these criteria.', 'bench', encode(sha256('bench'::bytea), 'hex'),
                'bench-' || g, encode(sha256(('bench-' || g)::bytea), 'hex')
           FROM generate_series(0, cardinality($3::text[]) / 2 - 1) g
         RETURNING id, rows
       )
       INSERT INTO sign_off_evidence (sign_off_id, version_id, acceptance_id)
       SELECT DISTINCT ON (s.id, d.version_id) s.id, d.version_id, d.id
         FROM signed s JOIN assessment_decisions d ON d.enrolment_id = $1
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(d.mapping) m WHERE m ->> 'criterion' = ANY (s.rows))`,
      [enrolment, WIDE_UNIT, signed, ids.assessor, ids.centre],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
    return { enrolment };
  } finally {
    await db.end();
  }
}
