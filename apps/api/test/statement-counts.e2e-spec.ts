import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DECLARATION_STATEMENT, type EvidenceClaim } from '@signoff/contracts';
import request from 'supertest';
import { FILE_VAULT, type FileVault } from '../src/files/file-vault';
import { newStorageKey } from '../src/files/storage-key';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { watchStatements, type StatementWatch } from './support/statement-count';
import { signIn, startTestApp, type TestApp } from './support/test-app';

/** The unit the larger portfolio is mapped across: six outcomes of ten criteria each. */
const WIDE_UNIT = 'QC28074-6';
const WIDE_ROWS: EvidenceClaim[] = ['1', '2', '3', '4', '5', '6'].flatMap((outcome) =>
  Array.from({ length: 10 }, (_, n) => ({
    unit: WIDE_UNIT,
    outcome,
    criterion: `${outcome}.${n + 1}`,
  })),
);
/** The unit the small portfolio is mapped to: six outcomes, no criteria. */
const NARROW_UNIT = 'QC28074-1';
const NARROW_ROWS: EvidenceClaim[] = ['1', '2', '3', '4', '5', '6'].map((outcome) => ({
  unit: NARROW_UNIT,
  outcome,
  criterion: null,
}));

interface PortfolioShape {
  /** The rows the items claim, three consecutive rows each (the assessor confirms them). */
  rows: EvidenceClaim[];
  submitted: number;
  accepted: number;
  /** How many versions the first item has: all referred with feedback but the newest, submitted. */
  versionsOfFirst: number;
  filesPerVersion: number;
}

/**
 * The reads an assessor and a learner make all day must cost the same number of SQL statements
 * however many evidence items, versions, files, rows and signatures they show: a per-row query (an N + 1)
 * makes a page slow exactly where a centre has the most work. Each read is made on a small
 * portfolio and on one twenty times larger, and the statements counted.
 */
describe('SQL statements per request', () => {
  let t: TestApp;
  let watch: StatementWatch;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessor: string;
  let small: EnrolledLearner & { firstItem: string };
  let large: EnrolledLearner & { firstItem: string };

  /** Evidence written as the owner, as a fixture: many rows in a few statements. */
  async function portfolio(of: EnrolledLearner, shape: PortfolioShape): Promise<string> {
    const items = Array.from({ length: shape.submitted + shape.accepted }, () => randomUUID());
    await t.db.query(
      `INSERT INTO evidence_items (id, enrolment_id, author_id)
       SELECT id, $2, $3 FROM unnest($1::uuid[]) id`,
      [items, of.enrolmentId, of.learnerId],
    );
    const versions = items.flatMap((item, index) => {
      const claims = JSON.stringify(
        [0, 1, 2].map((step) => shape.rows[(index * 3 + step) % shape.rows.length]),
      );
      const newest = index < shape.submitted ? 'submitted' : 'accepted';
      const count = index === 0 ? shape.versionsOfFirst : 1;
      return Array.from({ length: count }, (_, n) => ({
        id: randomUUID(),
        item,
        number: n + 1,
        status: n + 1 === count ? newest : 'referred',
        claims,
      }));
    });
    // Version by version number, each as its learner would: a draft with its files, submitted
    // with the declaration, then decided on.
    for (let number = 1; number <= shape.versionsOfFirst; number += 1) {
      const batch = versions.filter((version) => version.number === number);
      const ids = batch.map((version) => version.id);
      await t.db.query(
        `WITH added AS (
           INSERT INTO evidence_versions (id, item_id, number, status, method, title, narrative, activity_date, claims)
           SELECT id, item, $4, 'draft', 'reflective_account', 'Reflective account ' || ord,
                  '<p>Notes from supervision.</p>', '2026-10-01', claims::jsonb
             FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS v(id, item, claims, ord)
           RETURNING id
         ), files AS (
           INSERT INTO stored_files (storage_key, sha256, size, media_type, previewable, original_name, uploaded_by)
           SELECT 'statement-count/' || added.id || '/' || n, repeat('a', 64), 100, 'image/png', true,
                  'photo-' || n || '.png', $5
             FROM added, generate_series(1, $6::int) n
           RETURNING id, storage_key
         )
         INSERT INTO evidence_version_files (version_id, file_id, position)
         SELECT split_part(storage_key, '/', 2)::uuid, id, split_part(storage_key, '/', 3)::int FROM files`,
        [
          ids,
          batch.map((version) => version.item),
          batch.map((version) => version.claims),
          number,
          of.learnerId,
          shape.filesPerVersion,
        ],
      );
      await t.db.query(
        `UPDATE evidence_versions SET status = 'submitted' WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      await t.db.query(
        `INSERT INTO declarations (version_id, declared_by, statement, declared_at, sha256)
         SELECT id, $2, $3, now(), encode(sha256(id::text::bytea), 'hex') FROM unnest($1::uuid[]) id`,
        [ids, of.learnerId, DECLARATION_STATEMENT],
      );
      const decided = batch.filter((version) => version.status !== 'submitted');
      await t.db.query(
        `WITH moved AS (
           UPDATE evidence_versions v SET status = d.status
             FROM unnest($1::uuid[], $2::text[]) AS d(id, status) WHERE v.id = d.id
           RETURNING v.id, v.status, v.claims
         )
         INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, feedback, mapping)
         SELECT id, $3, $4, CASE status WHEN 'accepted' THEN 'accept' ELSE 'refer' END,
                CASE status WHEN 'accepted' THEN NULL ELSE 'Say what you would do next time.' END, claims
           FROM moved`,
        [
          decided.map((version) => version.id),
          decided.map((version) => version.status),
          of.enrolmentId,
          fixture.assessor.id,
        ],
      );
    }
    return items[0];
  }

  /**
   * The assessor's signatures on rows of a unit, two rows each, on the accepted evidence mapped
   * to them, written as the owner; the first of several is revoked.
   */
  async function signed(of: EnrolledLearner, rows: EvidenceClaim[]): Promise<void> {
    const refs = rows.map((row) => row.criterion ?? row.outcome);
    await t.db.query(
      `WITH signed AS (
         INSERT INTO sign_offs (enrolment_id, unit, kind, rows, signer_id, signer_role, centre_id, statement,
                                content, content_sha256, idempotency_key, request_sha256)
         SELECT e.id, $2, 'rows', ($3::text[])[2 * g + 1 : 2 * g + 2], $4, 'assessor', e.centre_id,
                'I confirm that the evidence meets these rows.', '{}', repeat('b', 64), 'fixture-' || e.id || '-' || g, repeat('c', 64)
           FROM enrolments e, generate_series(0, cardinality($3::text[]) / 2 - 1) g WHERE e.id = $1
         RETURNING id, rows, idempotency_key
       ), relied AS (
         INSERT INTO sign_off_evidence (sign_off_id, version_id, acceptance_id)
         SELECT DISTINCT ON (s.id, d.version_id) s.id, d.version_id, d.id
           FROM signed s JOIN assessment_decisions d ON d.enrolment_id = $1 AND d.decision = 'accept'
          WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(d.mapping) m
                         WHERE coalesce(m ->> 'criterion', m ->> 'outcome') = ANY (s.rows))
       )
       INSERT INTO sign_off_revocations (sign_off_id, revoked_by, revoker_role, reason)
       SELECT id, $4, 'signer', 'Signed on the wrong evidence.' FROM signed
        WHERE idempotency_key = 'fixture-' || $1 || '-0' AND cardinality($3::text[]) > 2`,
      [of.enrolmentId, rows[0].unit, refs, fixture.assessor.id],
    );
  }

  /** The statements of the same read of the small and the large portfolio. */
  async function statementsOfBoth(
    path: (of: { enrolmentId: string; learnerId: string; firstItem: string }) => string,
    cookie: (of: EnrolledLearner) => string = () => assessor,
  ): Promise<{ small: string[]; large: string[] }> {
    const read = async (of: typeof small) => {
      const { response, sql } = await watch.statementsOf(() =>
        request(t.http).get(path(of)).set('Cookie', cookie(of)),
      );
      expect(response.status).toBe(200);
      return sql;
    };
    return { small: await read(small), large: await read(large) };
  }

  beforeAll(async () => {
    t = await startTestApp();
    watch = watchStatements(t);
    fixture = await enrolmentFixture(t, (doc) => {
      const unit = doc.units.find(({ reference }) => reference === WIDE_UNIT);
      for (const outcome of unit?.outcomes ?? [])
        outcome.criteria = WIDE_ROWS.filter((row) => row.outcome === outcome.number).map((row) => ({
          number: row.criterion as string,
          title: `Criterion ${row.criterion}`,
          requiredMethods: [],
        }));
    });
    assessor = await signIn(t.http, fixture.assessor);
    const smallLearner = await fixture.enrolLearner();
    const largeLearner = await fixture.enrolLearner();
    small = {
      ...smallLearner,
      firstItem: await portfolio(smallLearner, {
        rows: NARROW_ROWS,
        submitted: 1,
        accepted: 2,
        versionsOfFirst: 1,
        filesPerVersion: 1,
      }),
    };
    large = {
      ...largeLearner,
      firstItem: await portfolio(largeLearner, {
        rows: WIDE_ROWS,
        submitted: 20,
        accepted: 40,
        versionsOfFirst: 12,
        filesPerVersion: 3,
      }),
    };
    await signed(small, NARROW_ROWS.slice(0, 2));
    await signed(large, WIDE_ROWS.slice(0, 40));
    // The published qualification version is read once, then kept in memory: every count below
    // is of a request that finds it kept.
    await request(t.http)
      .get(`/api/enrolments/${small.enrolmentId}/progress`)
      .set('Cookie', assessor);
  });
  afterAll(() => t.close());

  it('counts only what a request runs: the same read twice runs the same statements', async () => {
    const path = () => '/api/assessment-queue';
    const first = await statementsOfBoth(path);
    const again = await statementsOfBoth(path);
    expect(first.small.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
  });

  it('reads the assessment queue in as many statements for 60 items as for 3', async () => {
    const { small: few, large: many } = await statementsOfBoth(
      (of) => `/api/assessment-queue?learner=${of.learnerId}&limit=200`,
    );
    expect(many).toHaveLength(few.length);
    // The data really differs: a page of one item against a page of twenty.
    const total = async (of: EnrolledLearner) =>
      (
        await request(t.http)
          .get(`/api/assessment-queue?learner=${of.learnerId}`)
          .set('Cookie', assessor)
      ).body.total;
    expect([await total(small), await total(large)]).toEqual([1, 20]);
  });

  it('reads one evidence item in as many statements for 12 versions of 3 files as for 1 of 1', async () => {
    const { small: few, large: many } = await statementsOfBoth(
      (of) => `/api/evidence/${of.firstItem}`,
    );
    expect(many).toHaveLength(few.length);
    const versions = await request(t.http)
      .get(`/api/evidence/${large.firstItem}`)
      .set('Cookie', assessor);
    expect(versions.body.decisions).toHaveLength(11);
  });

  it('reads an enrolment’s progress in as many statements for 60 items as for 3', async () => {
    const { small: few, large: many } = await statementsOfBoth(
      (of) => `/api/enrolments/${of.enrolmentId}/progress`,
    );
    expect(many).toHaveLength(few.length);
  });

  it('reads a learner’s own portfolio in as many statements for 60 items as for 3', async () => {
    const { small: few, large: many } = await statementsOfBoth(
      (of) => `/api/enrolments/${of.enrolmentId}/evidence?limit=200`,
      (of) => of.cookie,
    );
    expect(many).toHaveLength(few.length);
  });

  it('reads a unit’s sign-off matrix in as many statements for 60 rows of 40 items as for 6 of 2', async () => {
    const read = async (of: EnrolledLearner, unit: string) => {
      const { response, sql } = await watch.statementsOf(() =>
        request(t.http)
          .get(`/api/enrolments/${of.enrolmentId}/units/${unit}/matrix`)
          .set('Cookie', assessor),
      );
      expect(response.status).toBe(200);
      const { matrix, achievement } = response.body;
      return { sql, rows: matrix.rows.length, signed: achievement.rowsSigned };
    };
    const few = await read(small, NARROW_UNIT);
    const many = await read(large, WIDE_UNIT);
    expect([few.rows, few.signed, many.rows, many.signed]).toEqual([6, 2, 60, 38]);
    expect(many.sql).toHaveLength(few.sql.length);
  });
  it('reads one evidence item in at most 3 statements, the session’s lookup and the access check included', async () => {
    const { small: few, large: many } = await statementsOfBoth(
      (of) => `/api/evidence/${of.firstItem}`,
    );
    expect(many).toHaveLength(few.length);
    expect(few.length).toBeLessThanOrEqual(3);
    expect(few[0]).toMatch(/FROM sessions/);
  });

  describe('opening a file', () => {
    const PHOTO = Buffer.from('a photo');

    /** The first file of a portfolio's first item, stored for real so it can be served. */
    async function storedFileOf(of: { firstItem: string }): Promise<string> {
      const [{ id }] = await t.db.query(
        `SELECT vf.file_id AS id FROM evidence_version_files vf JOIN evidence_versions v ON v.id = vf.version_id
          WHERE v.item_id = $1 ORDER BY v.number, vf.position LIMIT 1`,
        [of.firstItem],
      );
      const key = newStorageKey();
      await t.app.get<symbol, FileVault>(FILE_VAULT).storage.write(key, Readable.from([PHOTO]));
      await t.db.query(`UPDATE stored_files SET storage_key = $2, size = $3 WHERE id = $1`, [
        id,
        key,
        PHOTO.length,
      ]);
      return id;
    }

    let heldOnce: string;
    let heldWidely: string;
    beforeAll(async () => {
      heldOnce = await storedFileOf(small);
      heldWidely = await storedFileOf(large);
      // The large portfolio's file is held by every version of every one of its items, as a file
      // carried through revisions and reused is; the small one's by one version. Written as the
      // owner past the freeze on submitted versions' files, as a fixture.
      await t.db.transaction(async (manager) => {
        await manager.query(
          `ALTER TABLE evidence_version_files DISABLE TRIGGER evidence_version_files_freeze`,
        );
        await manager.query(
          `INSERT INTO evidence_version_files (version_id, file_id, position)
           SELECT v.id, $2, 100 FROM evidence_versions v JOIN evidence_items i ON i.id = v.item_id
            WHERE i.enrolment_id = $1 ON CONFLICT DO NOTHING`,
          [large.enrolmentId, heldWidely],
        );
        await manager.query(
          `ALTER TABLE evidence_version_files ENABLE TRIGGER evidence_version_files_freeze`,
        );
      });
      const [{ holders }] = await t.db.query(
        `SELECT count(*)::int AS holders FROM evidence_version_files WHERE file_id = $1`,
        [heldWidely],
      );
      expect(holders).toBe(71);
    });

    const opened = async (path: string, range?: string) => {
      const { response, sql } = await watch.statementsOf(() => {
        const sent = request(t.http).get(path).set('Cookie', assessor);
        return range === undefined ? sent : sent.set('Range', range);
      });
      expect(response.status).toBe(range === undefined ? 200 : 206);
      return sql;
    };

    it.each([
      ['a download', (id: string) => `/api/files/${id}`, undefined],
      ['a preview', (id: string) => `/api/files/${id}/preview`, undefined],
      ['a range of a download', (id: string) => `/api/files/${id}`, 'bytes=2-4'],
    ])(
      'serves %s in one statement after the session’s, held by 71 versions as by 1',
      async (_name, path, range) => {
        const once = await opened(path(heldOnce), range);
        const widely = await opened(path(heldWidely), range);
        expect(widely).toHaveLength(once.length);
        expect(once).toHaveLength(2);
        expect(once[0]).toMatch(/FROM sessions/);
      },
    );

    it('serves a signed address in one statement, with no session to look up', async () => {
      const [{ key }] = await t.db.query(
        `SELECT storage_key AS key FROM stored_files WHERE id = $1`,
        [heldWidely],
      );
      const url = await t.app.get<symbol, FileVault>(FILE_VAULT).storage.signedUrl(key, {
        disposition: 'inline',
        expiresAt: new Date(Date.now() + 60_000),
      });
      const { response, sql } = await watch.statementsOf(() => request(t.http).get(url));
      expect(response.status).toBe(200);
      expect(sql).toHaveLength(1);
    });
  });
});
