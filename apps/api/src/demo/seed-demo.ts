import type { DataSource } from 'typeorm';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import type { LearnerFacts, QualificationDocument } from '@signoff/contracts';
import { checkEntryRequirements, qualificationIdentity } from '@signoff/domain';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import type { AppConfig } from '../config/app-config';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { LearnersRepository } from '../learners/learners.repository';
import { standaloneCatalogue } from '../qualifications/standalone-catalogue';
import { DEMO_CENTRE, DEMO_LEARNERS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_START } from './demo-centre';

export class DemoSeedRefused extends Error {}

/**
 * Loads the demo centre, its people and the seed catalogue. Idempotent: existing people keep their passwords and
 * roles are only ever added. Refuses in production unless SEED_DEMO=true, since the demo
 * password is public.
 */
export async function seedDemo(db: DataSource, config: AppConfig): Promise<{ created: number }> {
  if (config.production && !config.seedDemo) {
    throw new DemoSeedRefused(
      'Refusing to load demo accounts with NODE_ENV=production; set SEED_DEMO=true to insist.',
    );
  }
  const hash = await new PasswordHasher().hash(DEMO_PASSWORD);
  const people = await seedPeople(db, hash);
  await seedCatalogue(db);
  await seedLearners(db);
  return people;
}

/** Profiles for the demo learners; two of them enrolled on the QualCert L6. */
async function seedLearners(db: DataSource): Promise<void> {
  const learners = new LearnersRepository(db);
  const enrolments = new EnrolmentsRepository(db);
  const [version] = await db.query(
    `SELECT v.id, v.number, v.document FROM qualification_versions v JOIN qualifications q ON q.id = v.qualification_id
      WHERE q.identity_key = $1 AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
    [qualificationIdentity(SEED_QUALIFICATIONS.qualCertL6)],
  );
  await db.transaction(async (manager) => {
    const [{ id: centreId }] = await manager.query(`SELECT id FROM centres WHERE name = $1`, [
      DEMO_CENTRE,
    ]);
    const ids = new Map<string, string>(
      (await manager.query(`SELECT email, id FROM users WHERE email LIKE '%@demo.test'`)).map(
        (row: { email: string; id: string }) => [row.email, row.id],
      ),
    );
    const idOf = (email: string) => ids.get(email) as string;
    for (const { email, profile, enrolment } of DEMO_LEARNERS) {
      if ((await learners.findProfile(idOf(email), manager)) !== null) continue;
      await learners.insertProfile(manager, idOf(email), centreId, profile);
      if (enrolment === null || version === undefined) continue;
      const document = version.document as QualificationDocument;
      const id = await enrolments.insert(
        manager,
        {
          centreId,
          learnerId: idOf(email),
          qualificationVersionId: version.id,
          pathway: null,
          ...DEMO_START,
          registrationNumber: enrolment.registrationNumber,
          targetHours: document.targetHours,
          plannedUnits: document.units.map((unit) => unit.reference as string),
          entryCheck: checkEntryRequirements(
            document,
            profile as LearnerFacts,
            DEMO_START.startDate,
          ),
          overrideReason: null,
        },
        idOf('admin@demo.test'),
      );
      await enrolments.assign(
        manager,
        id,
        'assessor',
        idOf(enrolment.assessor),
        idOf('admin@demo.test'),
      );
      await enrolments.assign(manager, id, 'iqa', idOf(enrolment.iqa), idOf('admin@demo.test'));
    }
  });
}

/** The seed qualifications: the QualCert L6 published, the two drafts as their seeds leave them. */
async function seedCatalogue(db: DataSource): Promise<void> {
  const catalogue = standaloneCatalogue(db);
  const existing: { identity_key: string }[] = await db.query(
    `SELECT identity_key FROM qualifications`,
  );
  const known = new Set(existing.map((row) => row.identity_key));
  for (const [name, document] of Object.entries(SEED_QUALIFICATIONS)) {
    if (known.has(qualificationIdentity(document))) continue;
    const { qualificationId } = await catalogue.import(null, document);
    if (name === 'qualCertL6') await catalogue.publish(null, qualificationId);
  }
}

async function seedPeople(db: DataSource, hash: string): Promise<{ created: number }> {
  return db.transaction(async (manager) => {
    const found: { id: string }[] = await manager.query(`SELECT id FROM centres WHERE name = $1`, [
      DEMO_CENTRE,
    ]);
    const centreId =
      found[0]?.id ??
      (
        (await manager.query(`INSERT INTO centres (name) VALUES ($1) RETURNING id`, [
          DEMO_CENTRE,
        ])) as { id: string }[]
      )[0].id;
    let created = 0;
    for (const person of DEMO_PEOPLE) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [person.email, person.displayName, hash],
      );
      created += inserted.length;
      await manager.query(
        `INSERT INTO centre_members (user_id, centre_id) SELECT id, $2 FROM users WHERE email = $1
         ON CONFLICT DO NOTHING`,
        [person.email, centreId],
      );
      for (const role of person.roles) {
        await manager.query(
          `INSERT INTO memberships (user_id, centre_id, role) SELECT id, $2, $3 FROM users WHERE email = $1
           ON CONFLICT DO NOTHING`,
          [person.email, centreId, role],
        );
      }
    }
    if (created > 0) {
      await new AuditService().record(manager, {
        actorId: null,
        centreId,
        action: 'demo.seeded',
        subjectType: 'centre',
        subjectId: centreId,
        after: { peopleCreated: created },
      });
    }
    return { created };
  });
}
