// A centre of the size around the demo data, written as the schema's owner in a few
// set-based statements: assessors and learners at Demo Care Academy, each learner enrolled on the
// QualCert L6 and held by one assessor, and a portfolio each whose items went through the states
// the app moves them through (a draft with its file, submitted with the declaration, decided on).
// Generation adds to what is there, so a small centre can be measured and then grown.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inTransaction, withClient } from './owner-sql.mjs';

/** The centre, scaled by `fraction`; each count can be set by its BENCH_* variable. */
export function centreSize(fraction = 1, env = process.env) {
  const count = (name, full) => Math.max(1, Math.round(Number(env[name] ?? full) * fraction));
  return {
    assessors: count('BENCH_ASSESSORS', 50),
    learners: count('BENCH_LEARNERS', 5000),
    items: count('BENCH_ITEMS', 100_000),
    heavyLearners: count('BENCH_HEAVY_LEARNERS', 20),
    heavyItems: Number(env.BENCH_HEAVY_ITEMS ?? 500),
  };
}

/** The size `to` less `from`: what grows a centre of `from` into one of `to`. */
export function growth(from, to) {
  return {
    assessors: to.assessors - from.assessors,
    learners: to.learners - from.learners,
    items: to.items - from.items,
    heavyLearners: to.heavyLearners - from.heavyLearners,
    heavyItems: to.heavyItems,
  };
}

const FIRST_NAMES =
  `Amara Ben Chloe Daniel Esther Farah George Hannah Isaac Jade Kieran Leah Mohammed Niamh
  Oliver Priya Quentin Rosa Samuel Tara Usman Violet William Xenia Yusuf Zoe Aisha Bethan Callum Delia`.split(
    /\s+/,
  );
const LAST_NAMES =
  `Adeyemi Brennan Chowdhury Davies Evans Fletcher Gallagher Harrison Iqbal Jones Kowalski
  Lewis Morgan Nowak Okafor Patel Quinn Roberts Singh Thompson Underwood Vaughan Walsh Young Zielinski
  Ahmed Bailey Carter Doyle Ellis Foster Grant Hughes Irving Jackson Kelly Lloyd Murphy Nolan Owen`.split(
    /\s+/,
  );

/**
 * Adds `size` to the centre: `size.assessors` new assessors (with `demoAssessors`, the demo's two
 * are the first of them), `size.learners` learners held round-robin by them, so the demo's
 * assessor@demo.test holds learners 1, 1 + assessors, …; the first `heavyLearners` of them have
 * `heavyItems` items each, the others share the rest of `size.items`. Items are 10% drafts, 15%
 * submitted, 60% accepted, 15% referred, each with one stored file. `batch` names this addition.
 */
export function generateCentre(url, size, { batch, demoAssessors = false }) {
  return inTransaction(url, async (db) => {
    const {
      rows: [ids],
    } = await db.query(
      `SELECT (SELECT id FROM centres WHERE name = 'Demo Care Academy') AS centre,
              (SELECT v.id FROM qualification_versions v JOIN qualifications q ON q.id = v.qualification_id
                WHERE q.code = 'QC28074' AND v.status = 'published' ORDER BY v.id LIMIT 1) AS version,
              (SELECT id FROM users WHERE email = 'admin@demo.test') AS admin,
              (SELECT id FROM users WHERE email = 'iqa@demo.test') AS iqa,
              ARRAY[(SELECT id FROM users WHERE email = 'assessor@demo.test'),
                    (SELECT id FROM users WHERE email = 'assessor2@demo.test')] AS demo`,
    );
    const demo = demoAssessors ? ids.demo : [];
    const { rows: added } = await db.query(
      `WITH people AS (
         INSERT INTO users (email, display_name)
         SELECT 'bench-assessor-' || $3 || '-' || n || '@example.test', 'Bench Assessor ' || $3 || '-' || n
           FROM generate_series(1, $1::int) n RETURNING id, email
       ), members AS (
         INSERT INTO centre_members (user_id, centre_id) SELECT id, $2 FROM people
       ), roles AS (
         INSERT INTO memberships (user_id, centre_id, role) SELECT id, $2, 'assessor' FROM people
       )
       SELECT id FROM people ORDER BY substring(email FROM '-([0-9]+)@')::int`,
      [size.assessors - demo.length, ids.centre, batch],
    );
    const assessors = [...demo, ...added.map((row) => row.id)];

    // One row per learner of this batch: their number, account, enrolment, assessor and items.
    const others = size.learners - size.heavyLearners;
    const spread = size.items - size.heavyLearners * size.heavyItems;
    await db.query(
      `CREATE TEMP TABLE bench_learners ON COMMIT DROP AS
       SELECT n, gen_random_uuid() AS user_id, gen_random_uuid() AS enrolment_id,
              ($1::uuid[])[1 + (n - 1) % cardinality($1::uuid[])] AS assessor,
              CASE WHEN n <= $2::int THEN $3::int
                   ELSE $4::int / greatest($5::int, 1)
                        + CASE WHEN n - $2::int <= $4::int % greatest($5::int, 1) THEN 1 ELSE 0 END END AS items
         FROM generate_series(1, $6::int) n`,
      [assessors, size.heavyLearners, size.heavyItems, Math.max(spread, 0), others, size.learners],
    );
    await db.query(
      `WITH people AS (
         INSERT INTO users (id, email, display_name)
         SELECT user_id, 'bench-' || $2 || '-' || n || '@example.test',
                ($3::text[])[1 + n % cardinality($3::text[])] || ' ' || ($4::text[])[1 + (n / cardinality($3::text[])) % cardinality($4::text[])]
           FROM bench_learners RETURNING id
       ), members AS (
         INSERT INTO centre_members (user_id, centre_id) SELECT id, $1 FROM people
       ), roles AS (
         INSERT INTO memberships (user_id, centre_id, role) SELECT id, $1, 'learner' FROM people
       )
       INSERT INTO learner_profiles (user_id, centre_id, date_of_birth) SELECT id, $1, '1990-01-01' FROM people`,
      [ids.centre, batch, FIRST_NAMES, LAST_NAMES],
    );
    await db.query(
      `WITH enrolled AS (
         INSERT INTO enrolments (id, centre_id, learner_id, qualification_version_id, start_date, planned_end_date, planned_units, entry_check)
         SELECT enrolment_id, $1, user_id, $2, '2026-09-01', '2027-08-31',
                '["QC28074-1","QC28074-2","QC28074-3","QC28074-4","QC28074-5","QC28074-6"]',
                '{"outcome":"met","blocking":false,"results":[]}'
           FROM bench_learners RETURNING id
       ), history AS (
         INSERT INTO enrolment_status_history (enrolment_id, status, changed_by) SELECT id, 'active', $3 FROM enrolled
       )
       INSERT INTO enrolment_assignments (enrolment_id, role, user_id, assigned_by)
       SELECT enrolment_id, 'assessor', assessor, $3 FROM bench_learners
       UNION ALL
       SELECT enrolment_id, 'iqa', $4, $3 FROM bench_learners`,
      [ids.centre, ids.version, ids.admin, ids.iqa],
    );

    // Each item as its learner writes it: a draft with its file; then, for most, submitted with
    // the declaration; then, for most of those, accepted or referred by the assessor.
    await db.query(
      `CREATE TEMP TABLE bench_items ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, gen_random_uuid() AS version_id, l.enrolment_id, l.user_id AS learner, l.assessor, k,
              (ARRAY['draft', 'draft', 'submitted', 'submitted', 'submitted', 'referred', 'referred', 'referred',
                     'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted',
                     'accepted', 'accepted', 'accepted', 'accepted'])[1 + (k * 7 + l.n) % 20] AS status,
              timestamptz '2026-09-01 09:00Z' + k * interval '7 hours' AS created_at
         FROM bench_learners l, generate_series(1, l.items) k`,
    );
    await db.query(
      `INSERT INTO evidence_items (id, enrolment_id, author_id, created_at)
       SELECT id, enrolment_id, learner, created_at FROM bench_items`,
    );
    await db.query(
      `INSERT INTO evidence_versions (id, item_id, number, status, method, title, narrative, activity_date, claims, created_at, updated_at)
       SELECT version_id, id, 1, 'draft', 'reflective_account', 'Reflective account ' || k,
              '<p>' || repeat('Supervision notes. ', 40) || '</p>', date '2026-09-01' + k % 300,
              jsonb_build_array(jsonb_build_object('unit', 'QC28074-' || (1 + k % 6), 'outcome', (1 + k % 5)::text, 'criterion', null),
                                jsonb_build_object('unit', 'QC28074-' || (1 + (k + 3) % 6), 'outcome', (1 + (k + 2) % 5)::text, 'criterion', null)),
              created_at, created_at
         FROM bench_items`,
    );
    await db.query(
      `WITH files AS (
         INSERT INTO stored_files (storage_key, sha256, size, media_type, previewable, original_name, uploaded_by, uploaded_at)
         SELECT replace(version_id::text, '-', ''), encode(sha256(version_id::text::bytea), 'hex'), 180000 + k * 37,
                'image/png', true, 'photo-' || k || '.png', learner, created_at
           FROM bench_items RETURNING id, storage_key
       )
       INSERT INTO evidence_version_files (version_id, file_id, position)
       SELECT i.version_id, f.id, 1 FROM files f JOIN bench_items i ON replace(i.version_id::text, '-', '') = f.storage_key`,
    );
    await db.query(
      `UPDATE evidence_versions v SET status = 'submitted'
         FROM bench_items i WHERE v.id = i.version_id AND i.status <> 'draft'`,
    );
    await db.query(
      `INSERT INTO declarations (version_id, declared_by, statement, declared_at, sha256)
       SELECT version_id, learner, 'I declare that this evidence is my own work.', created_at + interval '1 hour',
              encode(sha256(version_id::text::bytea), 'hex')
         FROM bench_items WHERE status <> 'draft'`,
    );
    await db.query(
      `WITH moved AS (
         UPDATE evidence_versions v SET status = i.status
           FROM bench_items i WHERE v.id = i.version_id AND i.status IN ('accepted', 'referred')
         RETURNING v.id, v.status, v.claims, i.enrolment_id, i.assessor, i.created_at
       )
       INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, feedback, mapping, decided_at)
       SELECT id, enrolment_id, assessor, CASE status WHEN 'accepted' THEN 'accept' ELSE 'refer' END,
              CASE status WHEN 'accepted' THEN NULL ELSE 'Say what you would do next time.' END, claims,
              created_at + interval '2 days'
         FROM moved`,
    );
  });
}

/** Fresh statistics and visibility maps for the planner, as a centre's autovacuum would keep. */
export function analyze(url) {
  return withClient(url, (db) => db.query('VACUUM ANALYZE'));
}

/**
 * Gives the stored file `fileId` real bytes (`bytes` of them) in the app's local storage under
 * `dataDir` (files/objects/<first two of key>/<key>), with the size and digest the row claims.
 */
export async function storeRealFile(url, dataDir, fileId, bytes) {
  const body = randomBytes(bytes);
  await withClient(url, async (db) => {
    const {
      rows: [{ storage_key: key }],
    } = await db.query(
      `UPDATE stored_files SET size = $2, sha256 = $3 WHERE id = $1 RETURNING storage_key`,
      [fileId, bytes, createHash('sha256').update(body).digest('hex')],
    );
    const folder = join(dataDir, 'files', 'objects', key.slice(0, 2));
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, key), body, { mode: 0o600 });
  });
}
