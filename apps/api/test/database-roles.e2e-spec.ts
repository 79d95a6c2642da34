import { DECLARATION_STATEMENT } from '@signoff/contracts';
import request from 'supertest';
import { checkApiRole } from '../src/database/app-role';
import { enrolmentFixture } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The API runs as a role that owns nothing: whatever SQL it could be made to run, it cannot
 * switch off or get round the triggers that keep the audit trail and submitted evidence as
 * they were written. Each probe runs on the API's own pool, in a transaction rolled back after.
 */
describe('the database role the API runs as', () => {
  // The embedded test database has only its superuser: probe the app role's grants there, as the
  // embedded server does after migrating.
  const embedded = process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true';
  let t: TestApp;
  let auditId: string;
  let versionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const fixture = await enrolmentFixture(t);
    const learner = await fixture.enrolLearner();
    const created = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send({
        method: 'reflective_account',
        title: 'Leading a case review',
        narrative: '<p>As it was declared.</p>',
        activityDate: '2026-10-14',
        claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
      });
    const submitted = await request(t.http)
      .post(`/api/evidence/${created.body.id}/submit`)
      .set('Cookie', learner.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect(submitted.status).toBe(200);
    versionId = (
      await t.db.query(`SELECT id FROM evidence_versions WHERE item_id = $1`, [created.body.id])
    )[0].id;
    auditId = (await t.db.query(`SELECT max(id)::text AS id FROM audit_events`))[0].id;
  });
  afterAll(() => t.close());

  it.each([
    ['SET session_replication_role = replica', /permission denied/],
    [`UPDATE audit_events SET action = 'rewritten' WHERE id = $audit`, /permission denied/],
    ['DELETE FROM audit_events WHERE id = $audit', /permission denied/],
    ['TRUNCATE audit_events', /permission denied/],
    ['ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only', /must be owner/],
    ['DROP TRIGGER audit_events_append_only ON audit_events', /must be owner/],
    [
      `CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      /must be owner|permission denied/,
    ],
    [
      `UPDATE evidence_versions SET narrative = 'rewritten' WHERE id = $version`,
      /cannot be changed/,
    ],
    ['DELETE FROM evidence_versions WHERE id = $version', /cannot be changed/],
    ['TRUNCATE evidence_versions CASCADE', /permission denied/],
    ['ALTER TABLE evidence_versions DISABLE TRIGGER evidence_versions_freeze', /must be owner/],
    [`UPDATE declarations SET statement = 'x' WHERE version_id = $version`, /permission denied/],
    ['DELETE FROM declarations WHERE version_id = $version', /permission denied/],
    ['SET ROLE postgres', /permission denied/],
    ['CREATE TABLE public.audit_events_copy (id bigint)', /permission denied/],
    // The job queue's schema: rows only; its tables stay the owner's.
    ['CREATE TABLE pgboss.job_copy (id bigint)', /permission denied/],
    ['DROP TABLE pgboss.job', /must be owner/],
    ['TRUNCATE pgboss.job', /permission denied/],
  ])('is refused: %s', async (statement, refusal) => {
    const sql = statement.replace('$audit', `'${auditId}'`).replace('$version', `'${versionId}'`);
    await expect(asApi(t, sql)).rejects.toThrow(refusal);
  });

  it('owns nothing and is no superuser, yet reads and writes rows', async () => {
    expect(
      await asApi(
        t,
        `
        SELECT r.rolsuper AS superuser,
               (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owned,
               has_table_privilege('audit_events', 'INSERT') AS "appendsAudit"
          FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    ).toEqual([{ superuser: false, owned: 0, appendsAudit: true }]);
  });

  it('left what was written as it was', async () => {
    expect(
      await t.db.query(`SELECT action <> 'rewritten' AS kept FROM audit_events WHERE id = $1`, [
        auditId,
      ]),
    ).toEqual([{ kept: true }]);
    expect(
      await t.db.query(`SELECT narrative FROM evidence_versions WHERE id = $1`, [versionId]),
    ).toEqual([{ narrative: '<p>As it was declared.</p>' }]);
  });

  (embedded ? it.skip : it)(
    'warns at start when the API would run as a role that can bypass the triggers',
    async () => {
      expect(await checkApiRole(process.env.SIGNOFF_TEST_API_DATABASE_URL as string)).toBeNull();
      expect(await checkApiRole(process.env.SIGNOFF_TEST_DATABASE_URL as string)).toMatch(
        /^DATABASE_URL connects as "postgres", a superuser, .* MIGRATION_DATABASE_URL/,
      );
    },
  );
});
