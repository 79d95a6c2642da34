import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EmployerDetails,
  EnglishEvidence,
  LearnerListQuery,
  LearnerProfile,
  LearnerSort,
  LearnerSummary,
  Page,
  PriorQualification,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { asName, everyWordIn, ListParameters, listOrder } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import {
  int,
  jsonTimestamp,
  nullableFloat,
  nullableStoredJson,
  nullableText,
  objectList,
  oneOf,
  storedJson,
  text,
  type RawRow,
} from '../database/row-readers';
import { changedRows, execute, queryFirst, queryRows } from '../database/typed-query';
import type { LearnerProfileDto } from './dto/learner-profile.dto';

const PROFILE = `
  SELECT p.user_id AS id, p.centre_id AS "centreId", u.email, u.display_name AS "displayName",
         to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.uln, p.employer,
         p.prior_qualifications AS "priorQualifications", p.english_evidence AS "englishEvidence",
         p.experience_years::float8 AS "experienceYears",
         coalesce((SELECT json_agg(json_build_object('id', c.id, 'field', c.field, 'proposed', c.proposed,
                                                     'status', c.status, 'createdAt', c.created_at) ORDER BY c.created_at)
                     FROM profile_corrections c WHERE c.learner_id = p.user_id), '[]'::json) AS corrections
    FROM learner_profiles p JOIN users u ON u.id = p.user_id`;

const LEARNER_ORDER: Record<LearnerSort, string> = {
  name: asName('u.display_name'),
  email: 'u.email',
  dateOfBirth: 'p.date_of_birth',
  uln: 'p.uln',
  enrolments: 'enrolments',
};

/** The learners with a correction waiting: few, read from the partial index of open ones. */
const OPEN_CORRECTIONS = `SELECT c.learner_id FROM profile_corrections c WHERE c.status = 'open'`;

@Injectable()
export class LearnersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The learners of these centres, narrowed by the list's search and centre. */
  findSummaries(
    centreIds: string[],
    query: LearnerListQuery,
    page: PageRequest,
  ): Promise<Page<LearnerSummary>> {
    const parameters = new ListParameters([centreIds]);
    const own = ['p.centre_id = ANY($1::uuid[])'];
    if (query.centre !== undefined) own.push(`p.centre_id = ${parameters.add(query.centre)}`);
    if (query.corrections === 'open') own.push(`p.user_id IN (${OPEN_CORRECTIONS})`);
    const words = everyWordIn(
      `concat_ws(' ', u.search_name, u.email, lower(p.uln))`,
      query.q,
      parameters,
    );
    const where = `WHERE ${[...own, words].join(' AND ')}`;
    // Each learner's enrolments are counted in the select list, so only for the page's rows
    // (Postgres evaluates a costly output after the LIMIT) unless the list is sorted by them.
    return queryPage(
      this.db,
      `SELECT p.user_id AS id, u.email, u.display_name AS "displayName", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              p.uln, (SELECT count(*)::int FROM enrolments e WHERE e.learner_id = p.user_id) AS enrolments,
              (SELECT count(*)::int FROM profile_corrections c WHERE c.learner_id = p.user_id AND c.status = 'open') AS "openCorrections"
         FROM learner_profiles p JOIN users u ON u.id = p.user_id
        ${where}`,
      listOrder(LEARNER_ORDER, `${LEARNER_ORDER.name}, u.email, p.user_id`, query),
      parameters.values,
      page,
      (raw): LearnerSummary => ({
        id: text(raw, 'id'),
        email: text(raw, 'email'),
        displayName: text(raw, 'displayName'),
        dateOfBirth: text(raw, 'dateOfBirth'),
        uln: nullableText(raw, 'uln'),
        enrolments: int(raw, 'enrolments'),
        openCorrections: int(raw, 'openCorrections'),
      }),
      // Every profile has its user (the key is theirs), so without a search the total reads profiles only.
      words === 'true' ? `SELECT 1 FROM learner_profiles p WHERE ${own.join(' AND ')}` : undefined,
    );
  }

  async findProfile(
    learnerId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<LearnerProfile | null> {
    return queryFirst(manager, `${PROFILE} WHERE p.user_id = $1`, [learnerId], learnerProfile);
  }

  async insertProfile(
    manager: EntityManager,
    userId: string,
    centreId: string,
    profile: LearnerProfileDto,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO learner_profiles (user_id, centre_id, date_of_birth, uln, employer, prior_qualifications, english_evidence, experience_years)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [userId, centreId, ...profileValues(profile)],
    );
  }

  async updateProfile(
    manager: EntityManager,
    userId: string,
    profile: LearnerProfileDto & { displayName: string },
  ): Promise<void> {
    // The learner's name is part of the record an admin keeps, though it lives with the account.
    await execute(manager, `UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1`, [
      userId,
      profile.displayName,
    ]);
    await execute(
      manager,
      `UPDATE learner_profiles SET date_of_birth = $2, uln = $3, employer = $4, prior_qualifications = $5, english_evidence = $6,
              experience_years = $7, updated_at = now()
        WHERE user_id = $1`,
      [userId, ...profileValues(profile)],
    );
  }

  async findEmailsWithProfile(emails: string[]): Promise<Set<string>> {
    const rows = await queryRows(
      this.db,
      `SELECT u.email FROM users u JOIN learner_profiles p ON p.user_id = u.id WHERE u.email = ANY($1::text[])`,
      [emails],
      (raw) => ({ email: text(raw, 'email') }),
    );
    return new Set(rows.map((row) => row.email));
  }

  async ulnHolder(manager: EntityManager, uln: string): Promise<string | null> {
    const rows = await queryRows(
      manager,
      `SELECT user_id AS "userId" FROM learner_profiles WHERE uln = $1`,
      [uln],
      (raw) => ({ userId: text(raw, 'userId') }),
    );
    return rows[0]?.userId ?? null;
  }

  async insertCorrection(
    manager: EntityManager,
    learnerId: string,
    field: string,
    proposed: string,
  ): Promise<string> {
    const rows = await queryRows(
      manager,
      `INSERT INTO profile_corrections (learner_id, field, proposed) VALUES ($1, $2, $3) RETURNING id`,
      [learnerId, field, proposed],
      (raw) => ({ id: text(raw, 'id') }),
    );
    return rows[0].id;
  }

  async resolveCorrection(
    manager: EntityManager,
    learnerId: string,
    correctionId: string,
    status: string,
    by: string,
  ): Promise<boolean> {
    const rows = await changedRows(
      manager,
      `UPDATE profile_corrections SET status = $3, resolved_at = now(), resolved_by = $4
        WHERE id = $2 AND learner_id = $1 AND status = 'open' RETURNING 1`,
      [learnerId, correctionId, status, by],
      () => true,
    );
    return rows.length > 0;
  }
}

function profileValues(profile: LearnerProfileDto): unknown[] {
  return [
    profile.dateOfBirth,
    profile.uln,
    profile.employer === null ? null : JSON.stringify(profile.employer),
    JSON.stringify(profile.priorQualifications),
    JSON.stringify(profile.englishEvidence),
    profile.experienceYears,
  ];
}

function learnerProfile(raw: RawRow): LearnerProfile {
  return {
    id: text(raw, 'id'),
    centreId: text(raw, 'centreId'),
    email: text(raw, 'email'),
    displayName: text(raw, 'displayName'),
    dateOfBirth: text(raw, 'dateOfBirth'),
    uln: nullableText(raw, 'uln'),
    // The profile's documents, validated when they were written.
    employer: nullableStoredJson<EmployerDetails>(raw, 'employer'),
    priorQualifications: storedJson<PriorQualification[]>(raw, 'priorQualifications'),
    englishEvidence: storedJson<EnglishEvidence[]>(raw, 'englishEvidence'),
    experienceYears: nullableFloat(raw, 'experienceYears'),
    corrections: objectList(raw, 'corrections', (correction) => ({
      id: text(correction, 'id'),
      field: text(correction, 'field'),
      proposed: text(correction, 'proposed'),
      status: oneOf(correction, 'status', ['open', 'resolved', 'declined']),
      createdAt: jsonTimestamp(correction, 'createdAt'),
    })),
  };
}
