import { DECLARATION_STATEMENT, EVIDENCE_STATUSES, type EvidenceStatus } from '@signoff/contracts';
import { evidenceVersionStatusMoves } from '@signoff/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_ROLE } from '../src/database/app-role';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { startTestApp, type TestApp } from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a case review',
  narrative: '<p>What I did.</p>',
  activityDate: '2026-10-14',
  claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
};

/**
 * The evidence life cycle is one transition table (libs/domain, evidence-transitions.ts): the
 * API refuses a move outside it with 409, and the database refuses it from any SQL, even run as
 * the API's own role.
 */
describe('evidence status moves', () => {
  const embedded = process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true';
  let t: TestApp;
  let learner: EnrolledLearner;
  let draftItem: string;
  let submittedItem: string;

  const as = (cookie: string) => ({
    post: (url: string, body?: object) =>
      request(t.http).post(url).set('Cookie', cookie).send(body),
  });
  const submit = (itemId: string) =>
    as(learner.cookie).post(`/api/evidence/${itemId}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });

  beforeAll(async () => {
    t = await startTestApp();
    learner = await (await enrolmentFixture(t)).enrolLearner();
    const create = () =>
      as(learner.cookie).post(`/api/enrolments/${learner.enrolmentId}/evidence`, CONTENT);
    draftItem = (await create()).body.id;
    submittedItem = (await create()).body.id;
    expect((await submit(submittedItem)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('refuses a move the table does not list, with 409 saying why, and changes nothing', async () => {
    const again = await submit(submittedItem);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'CONFLICT',
      message: 'Submitting is only for draft evidence; this version is submitted',
    });
    const revise = await as(learner.cookie).post(`/api/evidence/${submittedItem}/revise`);
    expect(revise.status).toBe(409);
    expect(revise.body.message).toBe(
      'Revising is only for referred evidence; this version is submitted',
    );
    expect(
      await t.db.query(`SELECT number, status FROM evidence_versions WHERE item_id = $1`, [
        submittedItem,
      ]),
    ).toEqual([{ number: 1, status: 'submitted' }]);
  });

  const allowed = evidenceVersionStatusMoves();
  const everyPair = EVIDENCE_STATUSES.flatMap((from) =>
    EVIDENCE_STATUSES.filter((to) => to !== from).map((to) => [
      from,
      to,
      allowed.some(([a, b]) => a === from && b === to),
    ]),
  ) as [EvidenceStatus, EvidenceStatus, boolean][];

  it.each(everyPair)(
    'in the database, as the API role, a version moves from %s to %s: %s',
    async (from, to, expected) => {
      const outcome = await asApi(async (query) => {
        // Reach `from` by moves the table allows, then try the one under test.
        const itemId =
          from === 'draft' || from === 'awaiting_countersignature' ? draftItem : submittedItem;
        if (from === 'accepted' || from === 'referred' || from === 'awaiting_countersignature')
          await query(`UPDATE evidence_versions SET status = $2 WHERE item_id = $1`, [
            itemId,
            from,
          ]);
        return query(`UPDATE evidence_versions SET status = $2 WHERE item_id = $1`, [
          itemId,
          to,
        ]).then(
          () => 'moved',
          (error: Error) => error.message,
        );
      });
      expect(outcome).toBe(
        expected ? 'moved' : `an evidence version cannot move from ${from} to ${to}`,
      );
    },
  );

  /** On the API's own pool, as its role, in a transaction rolled back after. */
  async function asApi<T>(
    probe: (query: (sql: string, parameters: unknown[]) => Promise<unknown>) => Promise<T>,
  ): Promise<T> {
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      if (embedded) await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      else
        expect(await runner.query(`SELECT current_user AS role`)).toEqual([
          { role: 'signoff_test_api' },
        ]);
      return await probe((sql, parameters) => runner.query(sql, parameters));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
});
