import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { createPerson, signIn, startTestApp, type TestApp } from './support/test-app';

/**
 * A list starts from the part of the reach the person holds (a centre, their own enrolments,
 * their caseload); someone holding several parts sees all of them at once, and loses a part
 * the moment they lose the role that gives it.
 */
describe('the enrolments list of a person holding several parts', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessed: EnrolledLearner;
  let verified: EnrolledLearner;
  let person: Awaited<ReturnType<typeof createPerson>>;

  const listed = async (cookie: string, query = '') => {
    const response = await request(t.http).get(`/api/enrolments${query}`).set('Cookie', cookie);
    expect(response.status).toBe(200);
    return {
      total: response.body.total,
      ids: (response.body.items as { id: string }[]).map(({ id }) => id).sort(),
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    assessed = await fixture.enrolLearner();
    verified = await fixture.enrolLearner();
    await fixture.enrolLearner();
    person = await createPerson(
      t.db,
      [
        { centreId: fixture.centreId, role: 'assessor' },
        { centreId: fixture.centreId, role: 'iqa' },
      ],
      'Pat Both',
    );
    for (const [enrolment, staff] of [
      [assessed, { assessorId: person.id, iqaId: fixture.iqa.id }],
      [verified, { assessorId: fixture.assessor.id, iqaId: person.id }],
    ] as const) {
      const response = await request(t.http)
        .put(`/api/enrolments/${enrolment.enrolmentId}/staff`)
        .set('Cookie', fixture.admin)
        .send(staff);
      expect(response.status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('lists what they assess and what they verify together, and narrows to either part', async () => {
    const session = await signIn(t.http, person);
    expect(await listed(session)).toEqual({
      total: 2,
      ids: [assessed.enrolmentId, verified.enrolmentId].sort(),
    });
    expect(await listed(session, '?mine=assessor')).toEqual({
      total: 1,
      ids: [assessed.enrolmentId],
    });
    expect(await listed(session, '?mine=iqa')).toEqual({ total: 1, ids: [verified.enrolmentId] });
  });

  it('drops the part a removed role gave, in the same session', async () => {
    const session = await signIn(t.http, person);
    await t.db.query(`DELETE FROM memberships WHERE user_id = $1 AND role = 'iqa'`, [person.id]);
    expect(await listed(session)).toEqual({ total: 1, ids: [assessed.enrolmentId] });
  });
});
