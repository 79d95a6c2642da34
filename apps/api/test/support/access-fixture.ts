import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import { DECLARATION_STATEMENT, type EnrolmentStatus, type Role } from '@signoff/contracts';
import request from 'supertest';
import { SESSION_COOKIE } from '../../src/auth/session-cookie';
import { SessionsService } from '../../src/auth/sessions.service';
import { PNG } from '../../src/files/testing/evidence-samples';
import { FILE_VAULT, type FileVault } from '../../src/files/file-vault';
import {
  createCentre,
  createPerson,
  TEST_PASSWORD,
  testPasswordHash,
  type TestApp,
  type TestPerson,
} from './test-app';

/** Who asks, relative to the centre-A record a route is probed on. */
export type Relation = 'own' | 'peer' | 'other';

/**
 * How a former owner lost access to their centre-A enrolment while still assigned to it (or its
 * learner): every role at centre A taken away, or disabled there by its admin while keeping the
 * same role at centre B.
 */
export type Loss = 'removed' | 'suspended';

/** An enrolment at centre A and what hangs from it, as a probe addresses them. */
export interface EnrolmentRecords {
  /** Its learner, whose record and corrections these are. */
  learner: string;
  enrolment: string;
  /** Its status: active, until an admin closes it. */
  status: EnrolmentStatus;
  plannedUnits: string[];
  /** Evidence submitted with a file. */
  submitted: { itemId: string; fileId: string };
  /** A draft with a file. */
  draft: { itemId: string; fileId: string };
  freshDraft(): Promise<string>;
  freshDraftWithFile(): Promise<{ itemId: string; fileId: string }>;
  freshSubmitted(): Promise<{ itemId: string; fileId: string }>;
  freshReferred(): Promise<string>;
  freshCorrection(): Promise<string>;
  /** A signature by the enrolment's assessor. */
  signOff: string;
  freshSignOff(): Promise<string>;
}

export interface AccessActor {
  /** `anonymous`, or role and relation (or loss), e.g. `assessor/peer`, `iqa/removed`. */
  name: string;
  person: TestPerson | null;
  /** The session the actor probes with; null for no session. */
  cookie: string | null;
  /** The records the actor is probed on: learner A's, or a former owner's own former ones. */
  records: EnrolmentRecords;
}

/** The order of the expected table's `expect` columns. */
export const ACTOR_COLUMNS: readonly (readonly [Role, readonly Relation[]] | 'anonymous')[] = [
  'anonymous',
  ['admin', ['own', 'other']],
  ['assessor', ['own', 'peer', 'other']],
  ['iqa', ['own', 'peer', 'other']],
  ['eqa', ['own', 'other']],
  ['learner', ['own', 'peer', 'other']],
];

/** The order of the expected table's `former` columns. */
export const FORMER_COLUMNS: readonly (readonly [Loss, readonly Role[]])[] = [
  ['removed', ['assessor', 'iqa', 'learner']],
  ['suspended', ['assessor', 'iqa', 'learner']],
];

export const CURRENT_ACTOR_NAMES: readonly string[] = ACTOR_COLUMNS.flatMap((column) =>
  column === 'anonymous' ? ['anonymous'] : column[1].map((relation) => `${column[0]}/${relation}`),
);
export const FORMER_ACTOR_NAMES: readonly string[] = FORMER_COLUMNS.flatMap(([loss, roles]) =>
  roles.map((role) => `${role}/${loss}`),
);
export const ACTOR_NAMES: readonly string[] = [...CURRENT_ACTOR_NAMES, ...FORMER_ACTOR_NAMES];

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a multi-agency case review',
  narrative: '<p>I chaired the review and agreed actions.</p>',
  activityDate: '2026-10-14',
  claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
};

/** A witness of centre A's register. */
const WITNESS = {
  name: 'Sam Okoro',
  jobRole: 'Registered nurse',
  email: 'sam.okoro@example.test',
  expert: true,
  occupationalCompetence: 'NMC registered nurse, twelve years in mental health services',
};

/**
 * Two centres with their people and enrolled learners, on one published qualification (the
 * catalogue is shared). Records are probed at centre A: learner A's enrolment (held by assessor A
 * and IQA A), its evidence (submitted with a file; a draft with a file), learner A's record and
 * corrections, an account, a draft qualification. The `peer` of each role works at centre A but
 * holds none of it; the `other` works at centre B, where it has records of its own. Former owners
 * are probed on records of the same shape, of an enrolment that was theirs until an admin took
 * their access away. Records a probe consumes are made by the `fresh*` functions.
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
  const cheapHash = await testPasswordHash();
  const person = (centreId: string, role: Role) => createPerson(t.db, [{ centreId, role }]);

  const centreA = await createCentre(t.db);
  const centreB = await createCentre(t.db);
  const adminA = await person(centreA, 'admin');
  const adminCookie = await session(adminA.id);
  const adminB = await person(centreB, 'admin');
  const adminBCookie = await session(adminB.id);
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

  /** Someone already at another centre joins centre B, as its admin adds them. */
  const joinCentreB = async (who: TestPerson, role: Role) =>
    ok(
      await http()
        .post('/api/users')
        .set('Cookie', adminBCookie)
        .send({
          email: who.email,
          displayName: 'Two Centres',
          roles: [{ centreId: centreB, role }],
        }),
      'joining centre B',
    );

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
  people['learner/own'] = await addLearner(adminCookie, centreA);
  people['learner/peer'] = await addLearner(adminCookie, centreA);
  people['learner/other'] = await addLearner(adminBCookie, centreB);
  const assessorA = people['assessor/own'].id;
  const iqaA = people['iqa/own'].id;
  const own = await enrol(adminCookie, people['learner/own'].id, assessorA, iqaA);
  // The peers' learner is held by the same assessor and IQA: peer staff hold nothing at all.
  await enrol(adminCookie, people['learner/peer'].id, assessorA, iqaA);
  await enrol(
    adminBCookie,
    people['learner/other'].id,
    people['assessor/other'].id,
    people['iqa/other'].id,
  );

  /**
   * An enrolment's records, made as its learner makes them (and referred as its assessor refers
   * them); more made on demand.
   */
  async function recordsOf(
    learnerId: string,
    learnerCookie: string,
    assessorCookie: string,
    enrolment: { id: string; plannedUnits: string[] },
  ): Promise<EnrolmentRecords> {
    const as = <T extends request.Test>(call: T) => call.set('Cookie', learnerCookie);
    async function freshDraft(): Promise<string> {
      const created = await as(http().post(`/api/enrolments/${enrolment.id}/evidence`)).send(
        CONTENT,
      );
      return ok(created, 'draft').body.id;
    }
    async function freshDraftWithFile(): Promise<{ itemId: string; fileId: string }> {
      const itemId = await freshDraft();
      const uploaded = await as(http().post(`/api/evidence/${itemId}/files?name=care-plan.png`))
        .set('Content-Type', 'application/octet-stream')
        .send(PNG);
      return { itemId, fileId: ok(uploaded, 'upload').body.current.files[0].id };
    }
    async function freshSubmitted(): Promise<{ itemId: string; fileId: string }> {
      const draft = await freshDraftWithFile();
      ok(
        await as(http().post(`/api/evidence/${draft.itemId}/submit`)).send({
          statement: DECLARATION_STATEMENT,
          agreed: true,
        }),
        'submit',
      );
      return draft;
    }
    async function freshReferred(): Promise<string> {
      const { itemId } = await freshSubmitted();
      ok(
        await http()
          .post(`/api/evidence/${itemId}/assessments`)
          .set('Cookie', assessorCookie)
          .send({
            version: 1,
            decision: 'refer',
            feedback: 'Say what you agreed with each agency.',
            mapping: CONTENT.claims,
          }),
        'refer',
      );
      return itemId;
    }
    async function freshCorrection(): Promise<string> {
      const proposed = await as(http().post(`/api/learners/${learnerId}/corrections`)).send({
        field: 'dateOfBirth',
        proposed: '1990-05-18',
      });
      const corrections: { id: string }[] = ok(proposed, 'correction').body.corrections;
      return corrections[corrections.length - 1].id;
    }
    /**
     * Access to a signature does not depend on what it signed: one written as the enrolment's
     * assessor's, as the owner, without the signing rules (sign-off.e2e-spec.ts tests those).
     */
    async function freshSignOff(): Promise<string> {
      const content = '{}';
      const rows: { id: string }[] = await t.db.query(
        `INSERT INTO sign_offs (enrolment_id, unit, kind, rows, signer_id, signer_role, centre_id,
                                statement, content, content_sha256, idempotency_key, request_sha256)
         SELECT e.id, 'QC28074-1', 'rows', '{3}', a.user_id, 'assessor', e.centre_id,
                'I confirm the learner has met outcome 3.', $2, encode(sha256(convert_to($2, 'UTF8')), 'hex'),
                gen_random_uuid()::text, repeat('0', 64)
           FROM enrolments e
           JOIN enrolment_assignments a
             ON a.enrolment_id = e.id AND a.role = 'assessor' AND a.ended_at IS NULL
          WHERE e.id = $1
         RETURNING id`,
        [enrolment.id, content],
      );
      return rows[0].id;
    }
    return {
      learner: learnerId,
      enrolment: enrolment.id,
      status: 'active',
      plannedUnits: enrolment.plannedUnits,
      submitted: await freshSubmitted(),
      draft: await freshDraftWithFile(),
      freshDraft,
      freshDraftWithFile,
      freshSubmitted,
      freshReferred,
      freshCorrection,
      signOff: await freshSignOff(),
      freshSignOff,
    };
  }

  /**
   * For records whose learner is about to lose the right to make more (a closed enrolment, a
   * former learner): what probes consume, made beforehand, one for each route that consumes it
   * (all the refusals of a route share one).
   */
  async function madeAhead(records: EnrolmentRecords): Promise<EnrolmentRecords> {
    const ahead = async <T>(what: string, make: () => Promise<T>, count: number) => {
      const made: T[] = [];
      for (let i = 0; i < count; i++) made.push(await make());
      return async () => {
        const next = made.shift();
        if (next === undefined)
          throw new Error(`fixture: more probes consume a ${what} than were made ahead`);
        return next;
      };
    };
    return {
      ...records,
      freshDraft: await ahead('draft', records.freshDraft, 1),
      freshDraftWithFile: await ahead('draft with a file', records.freshDraftWithFile, 2),
      freshSubmitted: await ahead('submitted item', records.freshSubmitted, 1),
      freshReferred: await ahead('referred item', records.freshReferred, 1),
      freshCorrection: await ahead('correction', records.freshCorrection, 1),
    };
  }

  /**
   * An enrolment's learner, assessor and IQA, who then lose their access at centre A, as an admin
   * takes it away: every role there removed, or disabled there (keeping the role at centre B).
   */
  async function formerOwners(loss: Loss) {
    const owners: Record<'assessor' | 'iqa' | 'learner', TestPerson> = {
      assessor: await person(centreA, 'assessor'),
      iqa: await person(centreA, 'iqa'),
      learner: await addLearner(adminCookie, centreA),
    };
    const enrolment = await enrol(
      adminCookie,
      owners.learner.id,
      owners.assessor.id,
      owners.iqa.id,
    );
    const records = await madeAhead(
      await recordsOf(
        owners.learner.id,
        await session(owners.learner.id),
        await session(owners.assessor.id),
        enrolment,
      ),
    );
    for (const [role, who] of Object.entries(owners) as [Role, TestPerson][]) {
      if (loss === 'removed') {
        ok(
          await http()
            .put(`/api/users/${who.id}/roles`)
            .set('Cookie', adminCookie)
            .send({ roles: [] }),
          'removing roles',
        );
      } else {
        await joinCentreB(who, role);
        ok(
          await http().post(`/api/users/${who.id}/disable`).set('Cookie', adminCookie),
          'disabling',
        );
      }
    }
    return { owners, records };
  }

  const learnerCookie = await session(people['learner/own'].id);
  const assessorCookie = await session(assessorA);
  const learnerA = await recordsOf(people['learner/own'].id, learnerCookie, assessorCookie, own);
  const actors: Record<string, AccessActor> = {
    anonymous: { name: 'anonymous', person: null, cookie: null, records: learnerA },
  };
  const started: Record<string, string> = {
    'admin/own': adminCookie,
    'assessor/own': assessorCookie,
    'learner/own': learnerCookie,
  };
  for (const [name, who] of Object.entries(people))
    actors[name] = {
      name,
      person: who,
      cookie: started[name] ?? (await session(who.id)),
      records: learnerA,
    };
  for (const [loss] of FORMER_COLUMNS) {
    const { owners, records } = await formerOwners(loss);
    for (const [role, who] of Object.entries(owners))
      actors[`${role}/${loss}`] = {
        name: `${role}/${loss}`,
        person: who,
        cookie: await session(who.id),
        records,
      };
  }

  /** Learner A's enrolment again, closed by an admin after its records were made. */
  async function closedEnrolment(status: 'withdrawn' | 'completed'): Promise<EnrolmentRecords> {
    const enrolment = await enrol(adminCookie, learnerA.learner, assessorA, iqaA);
    const records = await madeAhead(
      await recordsOf(learnerA.learner, learnerCookie, assessorCookie, enrolment),
    );
    ok(
      await http()
        .post(`/api/enrolments/${enrolment.id}/status`)
        .set('Cookie', adminCookie)
        .send({ status }),
      `closing (${status})`,
    );
    return { ...records, status };
  }

  /** Someone at centre A alone, for an admin to manage. */
  async function freshAccount(): Promise<string> {
    return (await person(centreA, 'assessor')).id;
  }
  /** An assessor at centres A and B, whom an admin of either can manage at their own centre. */
  async function freshCrossCentre(): Promise<TestPerson> {
    const who = await person(centreA, 'assessor');
    await joinCentreB(who, 'assessor');
    return who;
  }
  /** A cross-centre assessor holding an enrolment at centre A, signed in. */
  async function crossCentreAssessor() {
    const who = await freshCrossCentre();
    const learner = await addLearner(adminCookie, centreA);
    const enrolment = await enrol(adminCookie, learner.id, who.id, iqaA);
    return { id: who.id, cookie: await session(who.id), enrolment: enrolment.id };
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

  /** Centre A's register holds one witness, whom learner A's requests name. */
  const witnessA: string = ok(
    await http().post(`/api/centres/${centreA}/witnesses`).set('Cookie', adminCookie).send(WITNESS),
    'witness',
  ).body.id;
  /** A request of learner A's to that witness, open: its id and its link's token. */
  async function freshWitnessRequest(): Promise<{ id: string; token: string }> {
    const asked = await http()
      .post(`/api/enrolments/${learnerA.enrolment}/witness-requests`)
      .set('Cookie', learnerCookie)
      .send({ witnessId: witnessA, relationship: 'Line manager', claims: CONTENT.claims });
    const { id, link } = ok(asked, 'witness request').body as { id: string; link: string };
    return { id, token: link.split('/witness/')[1] };
  }

  const spare = await addLearner(adminCookie, centreA);
  const draftQualificationDocument = qualificationDocument();
  const loginPerson = await person(centreA, 'assessor');
  const adminOfBoth = await person(centreA, 'admin');
  await joinCentreB(adminOfBoth, 'admin');

  return {
    actors,
    centreA,
    centreB,
    qualification,
    /** A qualification imported and never published. */
    draftQualification: await importQualification(draftQualificationDocument),
    draftQualificationDocument,
    assessorA,
    iqaA,
    /** A learner of centre A not yet enrolled. */
    spareLearner: spare.id,
    learnerRecord,
    /** Learner A's other enrolments, no longer active: their portfolios take no changes. */
    withdrawn: await closedEnrolment('withdrawn'),
    completed: await closedEnrolment('completed'),
    account: await freshAccount(),
    /** Someone at centres A and B. */
    crossCentre: (await freshCrossCentre()).id,
    /** Credentials that sign in, for the public login route. */
    login: { email: loginPerson.email, password: TEST_PASSWORD },
    /** An unused one-time password link. */
    passwordToken: await passwordToken(),
    evidenceContent: CONTENT,
    qualificationDocument,
    freshAccount,
    freshCrossCentre: async () => (await freshCrossCentre()).id,
    crossCentreAssessor,
    adminOfBothCookie: await session(adminOfBoth.id),
    freshDraftQualification: () => importQualification(),
    /** An address for a stored file that serves it with no session, as FileStorage signs one. */
    signedFileUrl: async (fileId: string) => {
      const [{ key }] = await t.db.query(
        `SELECT storage_key AS key FROM stored_files WHERE id = $1`,
        [fileId],
      );
      return t.app.get<symbol, FileVault>(FILE_VAULT).storage.signedUrl(key, {
        disposition: 'attachment',
        expiresAt: new Date(Date.now() + 3_600_000),
      });
    },
    witnessA,
    witnessContent: WITNESS,
    /** An open request's link: opening it uses nothing up. */
    witnessToken: (await freshWitnessRequest()).token,
    /** Learner A's enrolment, which the requests hang from. */
    witnessEnrolment: learnerA.enrolment,
    freshWitnessRequest,
    freshWitnessToken: async () => (await freshWitnessRequest()).token,
    /** Another session of the actor's own, for routes that end the one they are sent with. */
    freshSession: (actor: AccessActor) =>
      actor.person === null ? Promise.resolve(null) : session(actor.person.id),
  };
}

export type AccessFixture = Awaited<ReturnType<typeof accessFixture>>;

/** What a probe is given: the fixture, with the records of the actor's enrolment. */
export type ProbeFixture = AccessFixture & EnrolmentRecords;
