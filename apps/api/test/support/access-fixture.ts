import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import { DECLARATION_STATEMENT, type Role } from '@signoff/contracts';
import request from 'supertest';
import * as argon2 from 'argon2';
import { SESSION_COOKIE } from '../../src/auth/session-cookie';
import { SessionsService } from '../../src/auth/sessions.service';
import { PNG } from '../../src/files/testing/evidence-samples';
import {
  createCentre,
  createPerson,
  TEST_PASSWORD,
  type TestApp,
  type TestPerson,
} from './test-app';

/** Who asks, relative to the centre-A record a route is probed on. */
export type Relation = 'own' | 'peer' | 'other';

export interface AccessActor {
  /** `anonymous`, or role and relation, e.g. `assessor/peer`. */
  name: string;
  person: TestPerson | null;
  /** The session the actor probes with; null for no session. */
  cookie: string | null;
}

/** The order of the expected table's columns. */
export const ACTOR_COLUMNS: readonly (readonly [Role, readonly Relation[]] | 'anonymous')[] = [
  'anonymous',
  ['admin', ['own', 'other']],
  ['assessor', ['own', 'peer', 'other']],
  ['iqa', ['own', 'peer', 'other']],
  ['eqa', ['own', 'other']],
  ['learner', ['own', 'peer', 'other']],
];

export const ACTOR_NAMES: readonly string[] = ACTOR_COLUMNS.flatMap((column) =>
  column === 'anonymous' ? ['anonymous'] : column[1].map((relation) => `${column[0]}/${relation}`),
);

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a multi-agency case review',
  narrative: '<p>I chaired the review and agreed actions.</p>',
  activityDate: '2026-10-14',
  claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
};

/**
 * Two centres with their people and enrolled learners, on one published qualification (the
 * catalogue is shared). Records are probed at centre A: learner A's enrolment (held by assessor A
 * and IQA A), its evidence (submitted with a file; a draft with a file), learner A's record and
 * corrections, an account, a draft qualification. The `peer` of each role works at centre A but
 * holds none of it; the `other` works at centre B, where it has records of its own. Records a
 * probe consumes are made by the `fresh*` functions.
 */
export async function accessFixture(t: TestApp) {
  const http = () => request(t.http);
  const ok = (response: request.Response, what: string) => {
    if (response.status >= 300)
      throw new Error(
        `fixture: ${what} failed: ${response.status} ${JSON.stringify(response.body)}`,
      );
    return response;
  };
  // Sessions are started as a sign-in starts them, without the deliberately slow password
  // check; passwords are hashed cheaply for the same reason (the login probe still checks one).
  const sessions = t.app.get(SessionsService);
  const session = async (userId: string) =>
    `${SESSION_COOKIE}=${(await sessions.start(t.db.manager, userId)).token}`;
  const cheapHash = await argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 1024,
    timeCost: 1,
  });
  const person = async (centreId: string, role: Role) => {
    const created = await createPerson(t.db, [{ centreId, role }]);
    await t.db.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [cheapHash, created.id]);
    return created;
  };

  const centreA = await createCentre(t.db);
  const centreB = await createCentre(t.db);
  const adminA = await person(centreA, 'admin');
  const adminCookie = await session(adminA.id);
  const adminB = await person(centreB, 'admin');
  const qualificationDocument = () => {
    const doc = structuredClone(SEED_QUALIFICATIONS.qualCertL6);
    doc.code = `QC-${randomUUID().slice(0, 8)}`;
    return doc;
  };
  const importQualification = async (document = qualificationDocument()): Promise<string> => {
    const imported = await http()
      .post('/api/qualifications/import')
      .set('Cookie', adminCookie)
      .send(document);
    return ok(imported, 'qualification import').body.qualificationId;
  };
  // The catalogue is shared by every centre: both enrol on this one.
  const qualification = await importQualification();
  ok(
    await http().post(`/api/qualifications/${qualification}/publish`).set('Cookie', adminCookie),
    'publish',
  );

  /** A learner's record as an admin enters it (a new email each time). */
  const learnerRecord = (centreId = centreA) => ({
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
    englishEvidence: [{ test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: null }],
    experienceYears: 3,
  });
  const addLearner = async (admin: string, centreId: string): Promise<TestPerson> => {
    const created = await http()
      .post('/api/learners')
      .set('Cookie', admin)
      .send(learnerRecord(centreId));
    const { id, email } = ok(created, 'learner').body.learner;
    await t.db.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [cheapHash, id]);
    return { id, email, password: TEST_PASSWORD };
  };
  const enrol = async (admin: string, learnerId: string, assessorId: string, iqaId: string) => {
    const enrolled = await http().post('/api/enrolments').set('Cookie', admin).send({
      learnerId,
      qualificationId: qualification,
      pathway: null,
      startDate: '2026-09-01',
      plannedEndDate: '2027-08-31',
      registrationNumber: null,
      assessorId,
      iqaId,
      overrideReason: null,
    });
    return ok(enrolled, 'enrolment').body as { id: string; plannedUnits: string[] };
  };

  const people: Record<string, TestPerson> = {
    'admin/own': adminA,
    'admin/other': adminB,
    'assessor/own': await person(centreA, 'assessor'),
    'assessor/peer': await person(centreA, 'assessor'),
    'assessor/other': await person(centreB, 'assessor'),
    'iqa/own': await person(centreA, 'iqa'),
    'iqa/peer': await person(centreA, 'iqa'),
    'iqa/other': await person(centreB, 'iqa'),
    'eqa/own': await person(centreA, 'eqa'),
    'eqa/other': await person(centreB, 'eqa'),
  };
  const adminBCookie = await session(adminB.id);
  people['learner/own'] = await addLearner(adminCookie, centreA);
  people['learner/peer'] = await addLearner(adminCookie, centreA);
  people['learner/other'] = await addLearner(adminBCookie, centreB);
  const own = await enrol(
    adminCookie,
    people['learner/own'].id,
    people['assessor/own'].id,
    people['iqa/own'].id,
  );
  // The peers' learner is held by the same assessor and IQA: peer staff hold nothing at all.
  await enrol(
    adminCookie,
    people['learner/peer'].id,
    people['assessor/own'].id,
    people['iqa/own'].id,
  );
  await enrol(
    adminBCookie,
    people['learner/other'].id,
    people['assessor/other'].id,
    people['iqa/other'].id,
  );

  const actors: Record<string, AccessActor> = {
    anonymous: { name: 'anonymous', person: null, cookie: null },
  };
  for (const [name, who] of Object.entries(people))
    actors[name] = {
      name,
      person: who,
      cookie: name === 'admin/own' ? adminCookie : await session(who.id),
    };
  const learnerA = {
    learnerId: people['learner/own'].id,
    enrolmentId: own.id,
    cookie: actors['learner/own'].cookie ?? '',
  };

  async function freshDraft(): Promise<string> {
    const created = await http()
      .post(`/api/enrolments/${learnerA.enrolmentId}/evidence`)
      .set('Cookie', learnerA.cookie)
      .send(CONTENT);
    return ok(created, 'draft').body.id;
  }
  async function freshDraftWithFile(): Promise<{ itemId: string; fileId: string }> {
    const itemId = await freshDraft();
    const uploaded = await http()
      .post(`/api/evidence/${itemId}/files?name=care-plan.png`)
      .set('Cookie', learnerA.cookie)
      .set('Content-Type', 'application/octet-stream')
      .send(PNG);
    return { itemId, fileId: ok(uploaded, 'upload').body.current.files[0].id };
  }
  async function freshSubmitted(): Promise<{ itemId: string; fileId: string }> {
    const draft = await freshDraftWithFile();
    ok(
      await http()
        .post(`/api/evidence/${draft.itemId}/submit`)
        .set('Cookie', learnerA.cookie)
        .send({ statement: DECLARATION_STATEMENT, agreed: true }),
      'submit',
    );
    return draft;
  }
  /** Referring belongs to a later feature (assessment): set as an assessor would. */
  async function freshReferred(): Promise<string> {
    const { itemId } = await freshSubmitted();
    await t.db.query(`UPDATE evidence_versions SET status = 'referred' WHERE item_id = $1`, [
      itemId,
    ]);
    return itemId;
  }
  async function freshCorrection(): Promise<string> {
    const proposed = await http()
      .post(`/api/learners/${learnerA.learnerId}/corrections`)
      .set('Cookie', learnerA.cookie)
      .send({ field: 'dateOfBirth', proposed: '1990-05-18' });
    const corrections: { id: string; status: string }[] = ok(proposed, 'correction').body
      .corrections;
    return corrections[corrections.length - 1].id;
  }
  /** Someone at centre A alone, for an admin to manage. */
  async function freshAccount(): Promise<string> {
    return (await createPerson(t.db, [{ centreId: centreA, role: 'assessor' }])).id;
  }
  /** A one-time password link, as an admin hands it on. */
  async function passwordToken(): Promise<string> {
    const created = await http()
      .post('/api/users')
      .set('Cookie', adminCookie)
      .send({
        email: `link-${randomUUID().slice(0, 8)}@example.test`,
        displayName: 'Link Holder',
        roles: [{ centreId: centreA, role: 'assessor' }],
      });
    return (ok(created, 'account').body.passwordLink.url as string).split('#token=')[1];
  }

  const spare = await addLearner(adminCookie, centreA);

  const submitted = await freshSubmitted();
  const draft = await freshDraftWithFile();
  const draftQualificationDocument = qualificationDocument();
  const loginPerson = await person(centreA, 'assessor');

  return {
    actors,
    centreA,
    centreB,
    qualification,
    /** A qualification imported and never published. */
    draftQualification: await importQualification(draftQualificationDocument),
    draftQualificationDocument,
    learnerA: learnerA.learnerId,
    enrolmentA: learnerA.enrolmentId,
    assessorA: people['assessor/own'].id,
    iqaA: people['iqa/own'].id,
    /** A learner of centre A not yet enrolled. */
    spareLearner: spare.id,
    plannedUnits: own.plannedUnits,
    learnerRecord,
    submitted,
    draft,
    account: await freshAccount(),
    /** Credentials that sign in, for the public login route. */
    login: { email: loginPerson.email, password: TEST_PASSWORD },
    /** An unused one-time password link. */
    passwordToken: await passwordToken(),
    evidenceContent: CONTENT,
    qualificationDocument,
    freshDraft,
    freshDraftWithFile,
    freshReferred,
    freshCorrection,
    freshAccount,
    freshDraftQualification: () => importQualification(),
    /** Another session of the actor's own, for routes that end the one they are sent with. */
    freshSession: (actor: AccessActor) =>
      actor.person === null ? Promise.resolve(null) : session(actor.person.id),
  };
}

export type AccessFixture = Awaited<ReturnType<typeof accessFixture>>;
