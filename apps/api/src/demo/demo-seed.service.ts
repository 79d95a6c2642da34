import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import { DECLARATION_STATEMENT, type PasswordLink, type RoleGrant } from '@signoff/contracts';
import { qualificationIdentity } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { UsersService } from '../accounts/users.service';
import { AssessmentService } from '../assessment/assessment.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { PasswordHasher } from '../auth/password-hasher';
import { PasswordLinksService } from '../auth/password-links.service';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { text, type RawRow } from '../database/row-readers';
import { execute, queryFirst, queryRows } from '../database/typed-query';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EvidenceService } from '../evidence/evidence.service';
import { HoursService } from '../hours/hours.service';
import { LearnersService } from '../learners/learners.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import { SignOffService, type SigningRequest } from '../sign-off/sign-off.service';
import {
  DEMO_CENTRE,
  DEMO_LEARNERS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_SECOND_CENTRE,
  DEMO_SECOND_CENTRE_PEOPLE,
  DEMO_START,
  type DemoEvidence,
  type DemoLearner,
  type DemoPerson,
} from './demo-centre';
import { DemoWorkplaceRecords } from './demo-workplace-records';
import { seedDemoHours } from './demo-hours';
import { DemoWitnessTestimony } from './demo-witness-testimony';

export class DemoSeedRefused extends Error {}

/** Marks the demo seed's writes in the audit trail, where a person's carry their request's id. */
const SEED_REQUEST_ID = 'seed-demo';

/**
 * Loads the demo centres, their people and the seed catalogue through the same services as the
 * API, so the audit trail shows what an admin doing it by hand would have left: each centre's
 * admin creates each person and learner record (or adds someone from the other centre to theirs),
 * enrols the learners and ends the access the demo shows ending; each new person sets the demo
 * password with their one-time link. Idempotent: existing people keep their passwords and roles
 * are only ever added. A newly enrolled demo learner submits their demo portfolio and their
 * assessor decides on it as the demo shows. Refuses in production unless SEED_DEMO=true, since
 * the demo password is public.
 */
@Injectable()
export class DemoSeedService {
  private demoPasswordHash: Promise<string> | undefined;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly learners: LearnersService,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
    private readonly passwordLinks: PasswordLinksService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly assessment: AssessmentService,
    private readonly signOff: SignOffService,
    private readonly workplaceRecords: DemoWorkplaceRecords,
    private readonly hours: HoursService,
    private readonly witnessTestimony: DemoWitnessTestimony,
  ) {}

  async seed(): Promise<{ created: number }> {
    if (this.config.production && !this.config.seedDemo) {
      throw new DemoSeedRefused(
        'Refusing to load demo accounts with NODE_ENV=production; set SEED_DEMO=true to insist.',
      );
    }
    const published = await this.seedCatalogue();
    let created = 0;
    for (const [name, people] of [
      [DEMO_CENTRE, DEMO_PEOPLE],
      [DEMO_SECOND_CENTRE, DEMO_SECOND_CENTRE_PEOPLE],
    ] as const) {
      const { centreId, admin, adminCreated } = await this.seedCentreAndAdmin(name, people);
      const peopleCreated =
        adminCreated + (await this.seedPeople(centreId, admin, published, people));
      if (peopleCreated > 0) {
        await this.audit.record(this.db.manager, {
          actorId: null,
          requestId: SEED_REQUEST_ID,
          centreId,
          action: 'demo.seeded',
          subjectType: 'centre',
          subjectId: centreId,
          after: { peopleCreated },
        });
      }
      created += peopleCreated;
    }
    return { created };
  }

  /**
   * Direct writes, kept minimal: no service creates a centre or its first admin yet. A future
   * "open a centre" command (the centre and its first admin, with a password link) replaces them.
   */
  private async seedCentreAndAdmin(
    centreName: string,
    people: DemoPerson[],
  ): Promise<{
    centreId: string;
    admin: Actor;
    adminCreated: number;
  }> {
    const person = people.find(({ roles }) => roles.includes('admin'));
    if (person === undefined) throw new Error('The demo centre needs an admin');
    const { centreId, adminId, inserted } = await this.db.transaction(async (manager) => {
      const id = (raw: RawRow) => text(raw, 'id');
      const found = await queryFirst(
        manager,
        `SELECT id FROM centres WHERE name = $1`,
        [centreName],
        id,
      );
      const centreId =
        found ??
        (
          await queryRows(
            manager,
            `INSERT INTO centres (name) VALUES ($1) RETURNING id`,
            [centreName],
            id,
          )
        )[0];
      const inserted = await queryRows(
        manager,
        `INSERT INTO users (email, display_name) VALUES ($1, $2)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [person.email, person.displayName],
        id,
      );
      const [adminId] = await queryRows(
        manager,
        `SELECT id FROM users WHERE email = $1`,
        [person.email],
        id,
      );
      await execute(
        manager,
        `INSERT INTO centre_members (user_id, centre_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [adminId, centreId],
      );
      await execute(
        manager,
        `INSERT INTO memberships (user_id, centre_id, role) VALUES ($1, $2, 'admin')
         ON CONFLICT DO NOTHING`,
        [adminId, centreId],
      );
      return { centreId, adminId, inserted: inserted.length };
    });
    if (inserted > 0) {
      const link = await this.db.transaction((manager) =>
        this.passwordLinks.issue(manager, adminId, adminId),
      );
      await this.setDemoPassword(link);
    }
    return {
      centreId,
      admin: {
        userId: adminId,
        email: person.email,
        displayName: person.displayName,
        memberships: [{ centreId, centreName, role: 'admin' }],
        // The seed signs nobody in: it acts for the admin without a session.
        sessionTokenHash: '',
        requestId: SEED_REQUEST_ID,
      },
      adminCreated: inserted,
    };
  }

  /**
   * The seed qualifications, imported by the system as `npm run catalogue:import` would: the
   * QualCert L6 published, the two drafts as their seeds leave them. Returns the published
   * QualCert L6's qualification id, if it is published.
   */
  private async seedCatalogue(): Promise<string | null> {
    const known = new Set(
      await queryRows(this.db, `SELECT identity_key FROM qualifications`, [], (raw) =>
        text(raw, 'identity_key'),
      ),
    );
    for (const [name, document] of Object.entries(SEED_QUALIFICATIONS)) {
      if (known.has(qualificationIdentity(document))) continue;
      const { qualificationId } = await this.qualifications.import(null, document);
      if (name === 'qualCertL6') await this.qualifications.publish(null, qualificationId);
    }
    return queryFirst(
      this.db,
      `SELECT q.id FROM qualifications q WHERE q.identity_key = $1
          AND EXISTS (SELECT 1 FROM qualification_versions v WHERE v.qualification_id = q.id AND v.status = 'published')`,
      [qualificationIdentity(SEED_QUALIFICATIONS.qualCertL6)],
      (raw) => text(raw, 'id'),
    );
  }

  /**
   * Everyone but the admin, as the admin adds them: staff as users (someone the other centre
   * already has joins with their own password), learners as learner records (enrolled on the
   * published QualCert L6 when the demo gives them an enrolment), then the access the demo shows
   * ending is ended. Returns how many accounts it made.
   */
  private async seedPeople(
    centreId: string,
    admin: Actor,
    qualificationId: string | null,
    people: DemoPerson[],
  ): Promise<number> {
    const others = people.filter((person) => person.email !== admin.email);
    const ids = await this.users.idsByEmailAt(
      centreId,
      people.map((person) => person.email),
    );
    const idOf = (email: string) => ids.get(email) as string;
    let created = 0;
    for (const person of others) {
      const roles: RoleGrant[] = person.roles.map((role) => ({ centreId, role }));
      const existing = ids.get(person.email);
      if (existing !== undefined) {
        if (person.then === undefined) await this.addMissingRoles(admin, existing, roles);
        continue;
      }
      const learner = DEMO_LEARNERS.find(({ email }) => email === person.email);
      let passwordLink: PasswordLink | null;
      if (learner === undefined) {
        const added = await this.users.create(admin, {
          email: person.email,
          displayName: person.displayName,
          roles,
        });
        ids.set(person.email, added.user.id);
        passwordLink = added.passwordLink;
      } else {
        const added = await this.learners.create(admin, {
          ...learner.profile,
          email: person.email,
          displayName: person.displayName,
          centreId,
        });
        ids.set(person.email, added.learner.id);
        passwordLink = added.passwordLink;
      }
      // Before the enrolment: signing asks for the password again.
      await this.setDemoPassword(passwordLink);
      if (learner?.correction)
        await this.learners.proposeCorrection(
          actingAs(admin, people, idOf, person.email, 'learner'),
          idOf(person.email),
          learner.correction,
        );
      // Learners are listed after their assessors and IQA, so those have ids by now.
      if (learner?.enrolment && qualificationId !== null)
        await this.seedEnrolment(admin, people, idOf, learner, learner.enrolment, qualificationId);
      if (person.then === 'rolesRemoved')
        await this.users.replaceRoles(admin, idOf(person.email), []);
      if (person.then === 'suspended')
        await this.users.setDisabled(admin, idOf(person.email), true);
      if (passwordLink !== null) created += 1;
    }
    return created;
  }

  /**
   * The admin enrols the learner on the published QualCert L6 with their assessor and IQA; then
   * the learner's portfolio is made and assessed, and its units signed, as the demo shows.
   */
  private async seedEnrolment(
    admin: Actor,
    people: DemoPerson[],
    idOf: (email: string) => string,
    learner: DemoLearner,
    staff: NonNullable<DemoLearner['enrolment']>,
    qualificationId: string,
  ): Promise<void> {
    const enrolment = await this.enrolments.create(admin, {
      learnerId: idOf(learner.email),
      qualificationId,
      pathway: null,
      ...DEMO_START,
      registrationNumber: staff.registrationNumber,
      assessorId: idOf(staff.assessor),
      iqaId: idOf(staff.iqa),
      overrideReason: null,
    });
    const learnerActor = actingAs(admin, people, idOf, learner.email, 'learner');
    const assessor = actingAs(admin, people, idOf, staff.assessor, 'assessor');
    await this.seedPortfolio(enrolment.id, learnerActor, assessor, learner.portfolio ?? []);
    await this.seedSignOffs(enrolment.id, learnerActor, assessor, learner.signOffs ?? []);
    await this.workplaceRecords.seed(enrolment.id, learnerActor, assessor);
    await seedDemoHours(this.hours, enrolment.id, { admin, learner: learnerActor, assessor });
    await this.witnessTestimony.seed(enrolment.id, enrolment.centreId, learnerActor, assessor);
  }

  /**
   * Each signature as the signing dialog makes it, with the demo password: the assessor's rows
   * and units, the learner's countersignatures. Each has its own Idempotency-Key.
   */
  private async seedSignOffs(
    enrolmentId: string,
    learner: Actor,
    assessor: Actor,
    signOffs: SigningRequest[],
  ): Promise<void> {
    for (const [index, request] of signOffs.entries()) {
      await this.signOff.sign(
        request.kind === 'countersignature' ? learner : assessor,
        enrolmentId,
        request,
        {
          password: DEMO_PASSWORD,
          address: SEED_REQUEST_ID,
          idempotencyKey: `${SEED_REQUEST_ID}-${enrolmentId}-${index}`,
        },
      );
    }
  }

  /**
   * The learner adds and submits each item (or leaves it a draft); the assessor then decides as
   * the demo shows.
   */
  private async seedPortfolio(
    enrolmentId: string,
    learner: Actor,
    assessor: Actor,
    portfolio: DemoEvidence[],
  ): Promise<void> {
    for (const { content, draft, decision } of portfolio) {
      const item = await this.evidence.create(learner, enrolmentId, content);
      if (draft) continue;
      await this.evidence.submit(learner, item.id, {
        statement: DECLARATION_STATEMENT,
        agreed: true,
      });
      if (decision === undefined) continue;
      await this.assessment.decide(assessor, item.id, {
        version: 1,
        decision: decision.decision,
        feedback: decision.feedback ?? undefined,
        mapping: content.claims,
      });
    }
  }

  private async addMissingRoles(admin: Actor, userId: string, roles: RoleGrant[]): Promise<void> {
    const { roles: held } = await this.users.get(admin, userId);
    const missing = roles.filter(
      (grant) => !held.some((h) => h.centreId === grant.centreId && h.role === grant.role),
    );
    if (missing.length === 0) return;
    await this.users.replaceRoles(admin, userId, [
      ...held.map(({ centreId, role }) => ({ centreId, role })),
      ...missing,
    ]);
  }

  /** The person opens their one-time link and chooses the demo password. */
  private async setDemoPassword(link: PasswordLink | null): Promise<void> {
    if (link === null) return;
    const token = new URLSearchParams(new URL(link.url).hash.slice(1)).get('token');
    if (token === null) throw new Error('A password link without a token');
    // One argon2id hash serves every demo account, rather than 0.3 to 1 s of hashing each: they
    // share a password the banner prints, so a salt of their own would hide nothing.
    this.demoPasswordHash ??= this.hasher.hash(DEMO_PASSWORD);
    await this.passwordLinks.complete(
      token,
      DEMO_PASSWORD,
      SEED_REQUEST_ID,
      await this.demoPasswordHash,
    );
  }
}

/** The seed signs nobody in: it acts for each person, at the admin's centre, without a session. */
function actingAs(
  admin: Actor,
  people: DemoPerson[],
  idOf: (email: string) => string,
  email: string,
  role: 'learner' | 'assessor',
): Actor {
  return {
    ...admin,
    userId: idOf(email),
    email,
    displayName: people.find((someone) => someone.email === email)?.displayName ?? email,
    memberships: [{ ...admin.memberships[0], role }],
  };
}
