import { randomUUID } from 'node:crypto';
import { DECLARATION_STATEMENT } from '@signoff/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { AccessService } from '../src/access/access.service';
import type { Actor } from '../src/auth/actor';
import { SessionsService } from '../src/auth/sessions.service';
import { PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { createPerson, startTestApp, type TestApp, type TestPerson } from './support/test-app';

const CONTENT = {
  method: 'product_evidence',
  title: 'Care plan',
  narrative: '',
  activityDate: '2026-10-20',
  claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
};

/** The access module's bulk questions, asked directly, with actors resolved as a request's are. */
describe('access checks', () => {
  let t: TestApp;
  let access: AccessService;
  let a: Awaited<ReturnType<typeof enrolmentFixture>>;
  let b: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let elsewhere: EnrolledLearner;
  let submitted: { itemId: string; fileId: string };
  let draft: { itemId: string; fileId: string };

  /** The person as the access guard would see them on their next request. */
  const actorOf = async (person: { id: string }): Promise<Actor> => {
    const sessions = t.app.get(SessionsService);
    const { token } = await sessions.start(t.db.manager, person.id);
    const holder = await sessions.resolve(token);
    if (holder === null) throw new Error('no session');
    return { ...holder, sessionTokenHash: holder.tokenHash, requestId: 'test' };
  };

  const evidenceWithFile = async (submit: boolean) => {
    const item = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send(CONTENT);
    const uploaded = await request(t.http)
      .post(`/api/evidence/${item.body.id}/files?name=photo.png`)
      .set('Cookie', learner.cookie)
      .set('Content-Type', 'application/octet-stream')
      .send(PNG);
    if (submit)
      await request(t.http)
        .post(`/api/evidence/${item.body.id}/submit`)
        .set('Cookie', learner.cookie)
        .send({ statement: DECLARATION_STATEMENT, agreed: true })
        .expect(200);
    return { itemId: item.body.id as string, fileId: uploaded.body.current.files[0].id as string };
  };

  beforeAll(async () => {
    t = await startTestApp();
    access = t.app.get(AccessService);
    a = await enrolmentFixture(t);
    b = await enrolmentFixture(t);
    learner = await a.enrolLearner();
    elsewhere = await b.enrolLearner();
    submitted = await evidenceWithFile(true);
    draft = await evidenceWithFile(false);
  });
  afterAll(() => t.close());

  it('answers exactly the visible ids of a mix of visible, invisible, unknown and malformed ones', async () => {
    const assessor = await actorOf(a.assessor);
    const upper = learner.enrolmentId.toUpperCase();
    const asked = [
      learner.enrolmentId,
      elsewhere.enrolmentId,
      randomUUID(),
      'not-an-id',
      '',
      upper,
    ];
    expect(await access.visibleEnrolments(assessor, asked)).toEqual(
      new Set([learner.enrolmentId, upper]),
    );
    const evidence = [submitted.itemId, draft.itemId, randomUUID(), '1 OR 1=1'];
    expect(await access.visibleEvidence(assessor, evidence)).toEqual(new Set([submitted.itemId]));
    expect(
      await access.visibleEvidence(await actorOf({ id: learner.learnerId }), evidence),
    ).toEqual(new Set([submitted.itemId, draft.itemId]));
    const files = [submitted.fileId, draft.fileId, randomUUID(), 'x'];
    expect(await access.readableFiles(assessor, files)).toEqual(new Set([submitted.fileId]));
    expect(await access.readableFiles(await actorOf({ id: learner.learnerId }), files)).toEqual(
      new Set([submitted.fileId, draft.fileId]),
    );
    expect(
      await access.readableLearners(assessor, [learner.learnerId, elsewhere.learnerId, 'x']),
    ).toEqual(new Set([learner.learnerId]));
  });

  it('lets a centre’s admin reach its records and people, and not another centre’s', async () => {
    const admin = await actorOf(await personOf(a.admin));
    const learners = [learner.learnerId, elsewhere.learnerId];
    expect(
      await access.visibleEnrolments(admin, [learner.enrolmentId, elsewhere.enrolmentId]),
    ).toEqual(new Set([learner.enrolmentId]));
    expect(await access.visibleEvidence(admin, [submitted.itemId, draft.itemId])).toEqual(
      new Set([submitted.itemId]),
    );
    expect(await access.manageableLearners(admin, learners)).toEqual(new Set([learner.learnerId]));
    expect(
      await access.manageableUsers(admin, [...learners, a.assessor.id, b.assessor.id]),
    ).toEqual(new Set([learner.learnerId, a.assessor.id]));
  });

  it('asks the database once for any number of ids, and not at all when none is well formed', async () => {
    const assessor = await actorOf(a.assessor);
    const statements = await counted(() =>
      access.visibleEvidence(assessor, [
        submitted.itemId,
        draft.itemId,
        ...Array.from({ length: 200 }, () => randomUUID()),
      ]),
    );
    expect(statements).toBe(1);
    expect(await counted(() => access.readableFiles(assessor, ['nope', '']))).toBe(0);
  });

  it('gives a suspended member nothing at the centre, while their role elsewhere still counts', async () => {
    const both = await createPerson(
      t.db,
      [
        { centreId: a.centreId, role: 'eqa' },
        { centreId: b.centreId, role: 'eqa' },
      ],
      'Two-centre EQA',
    );
    const ids = [learner.enrolmentId, elsewhere.enrolmentId];
    expect(await access.visibleEnrolments(await actorOf(both), ids)).toEqual(new Set(ids));
    await t.db.query(
      `UPDATE centre_members SET suspended_at = now() WHERE user_id = $1 AND centre_id = $2`,
      [both.id, a.centreId],
    );
    const suspended = await actorOf(both);
    expect(await access.visibleEnrolments(suspended, ids)).toEqual(
      new Set([elsewhere.enrolmentId]),
    );
    expect(await access.visibleEvidence(suspended, [submitted.itemId])).toEqual(new Set());
    expect(await access.readableFiles(suspended, [submitted.fileId])).toEqual(new Set());
    expect(await access.readableLearners(suspended, [learner.learnerId])).toEqual(new Set());
  });

  it('takes everything from an assessor the moment the enrolment is reassigned away, and gives it to the new one', async () => {
    const newcomer = await createPerson(t.db, [{ centreId: a.centreId, role: 'assessor' }], 'New');
    const own = await a.enrolLearner();
    const item = await request(t.http)
      .post(`/api/enrolments/${own.enrolmentId}/evidence`)
      .set('Cookie', own.cookie)
      .send({ ...CONTENT, narrative: '<p>I led the handover.</p>' });
    await request(t.http)
      .post(`/api/evidence/${item.body.id}/submit`)
      .set('Cookie', own.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true })
      .expect(200);
    const reach = async (person: TestPerson) => {
      const actor = await actorOf(person);
      return [
        ...(await access.visibleEnrolments(actor, [own.enrolmentId])),
        ...(await access.visibleEvidence(actor, [item.body.id])),
        ...(await access.readableLearners(actor, [own.learnerId])),
      ];
    };
    const everything = [own.enrolmentId, item.body.id, own.learnerId];
    const former = await actorOf(a.assessor);
    expect(await reach(a.assessor)).toEqual(everything);
    expect(await reach(newcomer)).toEqual([]);

    await request(t.http)
      .put(`/api/enrolments/${own.enrolmentId}/staff`)
      .set('Cookie', a.admin)
      .send({ assessorId: newcomer.id, iqaId: a.iqa.id })
      .expect(200);
    // The same actor, as a request already under way holds it: its next question already fails.
    expect(await access.visibleEnrolments(former, [own.enrolmentId])).toEqual(new Set());
    expect(await reach(a.assessor)).toEqual([]);
    expect(await reach(newcomer)).toEqual(everything);
  });

  /** The admin's person record, from their session cookie. */
  async function personOf(cookie: string): Promise<{ id: string }> {
    return { id: (await request(t.http).get('/api/me').set('Cookie', cookie)).body.id as string };
  }
});

async function counted(ask: () => Promise<unknown>): Promise<number> {
  let statements = 0;
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    statements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as never);
  try {
    await ask();
  } finally {
    spy.mockRestore();
  }
  return statements;
}
