// The widest sign-off matrix a centre might keep: one unit of a bench copy of the QualCert L6
// given many criteria, and one learner with many accepted items mapped across them.
import { readFileSync } from 'node:fs';
import { inTransaction } from './owner-sql.mjs';

const WIDE_UNIT = 'QC28074-1';

/**
 * A QualCert L6 whose unit QC28074-1 has rowCount criteria, imported and published by the
 * admin through the API, and one learner enrolled on it, assessed by Priya Shah, with
 * itemCount accepted items each mapped by her to three rows (so every row has evidence), and
 * a third of the rows signed two at a time on the evidence mapped to them.
 */
export async function generateMatrix(appUrl, url, admin, { rowCount, itemCount }) {
  const document = JSON.parse(
    readFileSync(
      new URL(
        '../../libs/catalogue/qualcert-l6-diploma-mental-health-management.json',
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
      Math.floor(rowCount / unit.outcomes.length) +
      (index < rowCount % unit.outcomes.length ? 1 : 0);
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

  return inTransaction(url, async (db) => {
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
         INSERT INTO declarations (version_id, declared_by, statement, declared_at, sha256)
         SELECT id, $2, 'I declare that this evidence is my own work.', now(), encode(sha256(id::text::bytea), 'hex') FROM versions
       )
       INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, mapping)
       SELECT id, $1, $6, 'accept', claims FROM versions`,
      [enrolment, learner, itemCount, JSON.stringify(claims), claims.length, ids.assessor],
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
    return { enrolment, unit: WIDE_UNIT };
  });
}
