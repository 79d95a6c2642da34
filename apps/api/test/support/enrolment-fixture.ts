import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import type { QualificationDocument } from '@signoff/contracts';
import request from 'supertest';
import {
  createCentre,
  createPerson,
  signIn,
  testPasswordHash,
  type TestApp,
  type TestPerson,
} from './test-app';

export interface EnrolledLearner {
  learnerId: string;
  cookie: string;
  enrolmentId: string;
}

/**
 * A centre with an admin, an assessor and an IQA, a published QualCert L6 of its own, and a way
 * to enrol new learners on it: the ground most evidence and assessment tests stand on. `shape`
 * changes the qualification before it is imported (a method an outcome requires).
 */
export async function enrolmentFixture(
  t: TestApp,
  shape: (document: QualificationDocument) => void = () => undefined,
) {
  const centreId = await createCentre(t.db);
  const admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
  const assessor: TestPerson = await createPerson(
    t.db,
    [{ centreId, role: 'assessor' }],
    'Priya Assessor',
  );
  const iqa: TestPerson = await createPerson(t.db, [{ centreId, role: 'iqa' }], 'Grace IQA');
  const doc = structuredClone(SEED_QUALIFICATIONS.qualCertL6);
  doc.code = `QC-${randomUUID().slice(0, 8)}`;
  doc.units[1].outcomes[0].criteria = [
    { number: '1.1', title: 'Explain the Mental Health Act', requiredMethods: [] },
    { number: '1.2', title: 'Explain the Mental Capacity Act', requiredMethods: [] },
  ];
  shape(doc);
  const qualificationId = (
    await request(t.http).post('/api/qualifications/import').set('Cookie', admin).send(doc)
  ).body.qualificationId;
  await request(t.http).post(`/api/qualifications/${qualificationId}/publish`).set('Cookie', admin);

  async function enrolLearner(): Promise<EnrolledLearner> {
    const created = await request(t.http)
      .post('/api/learners')
      .set('Cookie', admin)
      .send({
        email: `learner-${randomUUID().slice(0, 8)}@example.test`,
        displayName: 'Lee Learner',
        centreId,
        dateOfBirth: '1990-05-17',
        uln: null,
        employer: null,
        priorQualifications: [
          {
            title: 'Level 5 Diploma in Health and Social Care',
            level: 5,
            subject: 'Health and social care',
            year: 2020,
          },
        ],
        englishEvidence: [
          { test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: null },
        ],
        experienceYears: 3,
      });
    // The password a learner would choose from their link, stored as fixtures store theirs
    // (the link itself is tested in users and learners).
    const password = 'a long and private phrase';
    await t.db.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [
      await testPasswordHash(password),
      created.body.learner.id,
    ]);
    const cookie = await signIn(t.http, { email: created.body.learner.email, password });
    const enrolment = await request(t.http).post('/api/enrolments').set('Cookie', admin).send({
      learnerId: created.body.learner.id,
      qualificationId,
      pathway: null,
      startDate: '2026-09-01',
      plannedEndDate: '2027-08-31',
      registrationNumber: null,
      assessorId: assessor.id,
      iqaId: iqa.id,
      overrideReason: null,
    });
    if (enrolment.status !== 201)
      throw new Error(`enrolment failed: ${JSON.stringify(enrolment.body)}`);
    return { learnerId: created.body.learner.id, cookie, enrolmentId: enrolment.body.id };
  }

  return { centreId, admin, assessor, iqa, qualificationId, enrolLearner };
}
