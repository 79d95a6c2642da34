import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CALENDAR_DAY_MESSAGE,
  isCalendarDay,
  LEARNER_IMPORT_COLUMNS,
  LEARNER_IMPORT_LIMITS,
  newLearnerProblems,
  type LearnerFacts,
  type FieldError,
  type LearnerImportColumn,
  type LearnerImportReport,
} from '@signoff/contracts';
import { learnerFacts } from '@signoff/domain';
import { plainToInstance } from 'class-transformer';
import type { DataSource } from 'typeorm';
import { UsersService } from '../accounts/users.service';
import { centresWhere, type Actor } from '../auth/actor';
import {
  EnrolmentsService,
  type EnrolmentPlan,
  type EnrolmentRequest,
} from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { CreateLearnerDto } from '../learners/dto/learner-profile.dto';
import { LEARNER_ELSEWHERE, LearnersService } from '../learners/learners.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import { importTooLarge } from './csv-body';
import { CsvSyntaxError, CsvTooLong, readCsv } from './csv';
import { takingTurns } from './take-turns';

type Row = Record<LearnerImportColumn, string> & { line: number };

interface CheckedRow {
  line: number;
  learner: CreateLearnerDto;
  enrolment: EnrolmentPlan | null;
}

const COLUMNS = Object.keys(LEARNER_IMPORT_COLUMNS) as LearnerImportColumn[];
const REQUIRED: LearnerImportColumn[] = ['email', 'display_name', 'date_of_birth'];
const ENROLMENT: LearnerImportColumn[] = [
  'qualification_code',
  'start_date',
  'planned_end_date',
  'assessor_email',
  'iqa_email',
];

/** The learner's fields that entry requirements are judged on. */
const FACTS: string[] = [
  'dateOfBirth',
  'priorQualifications',
  'englishEvidence',
  'experienceYears',
] satisfies (keyof LearnerFacts)[];

const NO_ACCOUNT = 'has no account at this centre: check the address, or add them as staff first';

/** Where a problem with a learner's field lands in the file. */
const LEARNER_COLUMN: Record<string, LearnerImportColumn> = {
  email: 'email',
  displayName: 'display_name',
  dateOfBirth: 'date_of_birth',
  uln: 'uln',
  'employer.organisation': 'employer_organisation',
  'employer.workplace': 'employer_workplace',
  'employer.contactName': 'employer_contact_name',
  'employer.contactEmail': 'employer_contact_email',
  'priorQualifications.0.title': 'prior_qualification_title',
  'priorQualifications.0.level': 'prior_qualification_level',
  'priorQualifications.0.subject': 'prior_qualification_subject',
  'priorQualifications.0.year': 'prior_qualification_year',
  'englishEvidence.0.test': 'english_test',
  'englishEvidence.0.overall': 'english_result',
  'englishEvidence.0.score': 'english_result',
  'englishEvidence.0.grade': 'english_result',
  'englishEvidence.0.description': 'english_result',
  'englishEvidence.0.lowestBand': 'english_lowest_band',
  'englishEvidence.0.proofLocation': 'english_proof_location',
  experienceYears: 'experience_years',
};

/** Where a problem with an enrolment's field lands in the file. */
const ENROLMENT_COLUMN: Record<string, LearnerImportColumn> = {
  qualificationId: 'qualification_code',
  pathway: 'pathway',
  startDate: 'start_date',
  plannedEndDate: 'planned_end_date',
  registrationNumber: 'registration_number',
  assessorId: 'assessor_email',
  iqaId: 'iqa_email',
  overrideReason: 'override_reason',
  plannedUnits: 'qualification_code',
};

/**
 * Learners, and optionally their enrolments, from a CSV file: all or nothing. Every row is
 * checked first, as the form and the API would check it, and every problem is reported by its
 * line and column; only a file with none is stored, in one transaction.
 */
@Injectable()
export class LearnerImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly learners: LearnersService,
    private readonly enrolments: EnrolmentsService,
    private readonly users: UsersService,
    private readonly qualifications: QualificationsService,
  ) {}

  async import(
    actor: Actor,
    csv: string,
    centreId: string | undefined,
  ): Promise<LearnerImportReport> {
    const centre = this.centreFor(actor, centreId);
    const rows = await readRows(csv);
    const problems: FieldError[] = [];
    const at = (line: number, column: LearnerImportColumn | null, message: string) =>
      problems.push({
        path: column === null ? `lines.${line}` : `lines.${line}.${column}`,
        message,
      });

    const emails = rows.map((row) => row.email.trim().toLowerCase());
    // Accounts of other centres are not "taken": they join this one (see UsersService).
    const taken = await this.users.idsByEmailAt(centre, emails);
    const learnersElsewhere = await this.learners.emailsWithRecords(emails);
    const ulnsTaken = await this.learners.ulnsTaken(
      rows.map((row) => row.uln.trim()).filter(Boolean),
    );
    const staff = await this.users.idsByEmailAt(
      centre,
      rows
        .flatMap((row) => [row.assessor_email, row.iqa_email])
        .map((email) => email.trim().toLowerCase()),
    );
    const firstLine = new Map<string, number>();
    const qualificationIds = new Map<string, Promise<string[]>>();

    const checked: CheckedRow[] = [];
    const takeTurn = takingTurns();
    for (const row of rows) {
      await takeTurn();
      // The row as the add-a-learner form's body (trimmed, the email lower-cased), held to
      // the same rules from libs/contracts.
      const learner = plainToInstance(CreateLearnerDto, learnerFields(row, centre));
      const learnerProblems = newLearnerProblems(learner);
      for (const problem of learnerProblems)
        at(row.line, LEARNER_COLUMN[problem.path] ?? null, problem.message);
      const email = learner.email;
      if (typeof email === 'string') {
        if (taken.has(email))
          at(
            row.line,
            'email',
            'already has an account at this centre: leave this learner out of the file',
          );
        else if (learnersElsewhere.has(email)) at(row.line, 'email', LEARNER_ELSEWHERE);
        const seen = firstLine.get(`email:${email}`);
        if (seen !== undefined)
          at(row.line, 'email', `repeats line ${seen}: keep one row per learner`);
        else firstLine.set(`email:${email}`, row.line);
      }
      if (learner.uln) {
        if (ulnsTaken.has(learner.uln))
          at(row.line, 'uln', 'belongs to another learner: check the number');
        const seen = firstLine.get(`uln:${learner.uln}`);
        if (seen !== undefined) at(row.line, 'uln', `repeats line ${seen}: check the number`);
        else firstLine.set(`uln:${learner.uln}`, row.line);
      }
      checked.push({
        line: row.line,
        learner,
        enrolment: await this.checkEnrolment(
          row,
          learnerProblems.some((problem) => FACTS.includes(problem.path.split('.')[0]))
            ? null
            : learner,
          centre,
          staff,
          qualificationIds,
          at,
        ),
      });
    }
    if (problems.length > 0) throw DomainError.invalid(problems);

    return this.db.transaction(async (manager) => {
      const report: LearnerImportReport = { learners: 0, enrolments: 0, passwordLinks: [] };
      for (const row of checked) {
        const { learner, passwordLink } = await this.learners.createWithin(
          manager,
          actor,
          row.learner,
        );
        report.learners++;
        if (passwordLink !== null)
          report.passwordLinks.push({ email: learner.email, ...passwordLink });
        if (row.enrolment) {
          await this.enrolments.createWithin(manager, actor, learner.id, row.enrolment);
          report.enrolments++;
        }
      }
      return report;
    });
  }

  private centreFor(actor: Actor, centreId: string | undefined): string {
    const administered = centresWhere(actor, 'admin');
    if (centreId !== undefined) {
      if (!administered.includes(centreId))
        throw DomainError.invalid([
          { path: 'centreId', message: 'is not a centre you administer' },
        ]);
      return centreId;
    }
    if (administered.length !== 1)
      throw DomainError.invalid([
        { path: 'centreId', message: 'is required: you administer several centres' },
      ]);
    return administered[0];
  }

  private async checkEnrolment(
    row: Row,
    /** Null when the learner's facts have problems: entry requirements cannot be judged. */
    learner: CreateLearnerDto | null,
    centreId: string,
    staff: Map<string, string>,
    qualificationIds: Map<string, Promise<string[]>>,
    at: (line: number, column: LearnerImportColumn | null, message: string) => void,
  ): Promise<EnrolmentPlan | null> {
    const given = ENROLMENT.filter((column) => row[column].trim() !== '');
    if (given.length === 0 && row.pathway.trim() === '' && row.registration_number.trim() === '')
      return null;
    const missing = ENROLMENT.filter((column) => row[column].trim() === '');
    for (const column of missing)
      at(
        row.line,
        column,
        'is needed to enrol the learner: fill it in, or leave every enrolment column blank',
      );
    const dateProblems = (['start_date', 'planned_end_date'] as const).filter(
      (column) => row[column].trim() !== '' && !isCalendarDay(row[column].trim()),
    );
    for (const column of dateProblems) at(row.line, column, CALENDAR_DAY_MESSAGE);

    // Most rows of a file enrol on the same few qualifications: ask once per code.
    const code = row.qualification_code.trim();
    if (!qualificationIds.has(code))
      qualificationIds.set(code, this.qualifications.idsByCode(code));
    const ids = (await qualificationIds.get(code)) ?? [];
    if (row.qualification_code.trim() !== '' && ids.length !== 1) {
      at(
        row.line,
        'qualification_code',
        ids.length === 0
          ? 'is not a qualification in the catalogue'
          : 'is used by several awarding bodies',
      );
    }
    const assessorId = staff.get(row.assessor_email.trim().toLowerCase());
    const iqaId = staff.get(row.iqa_email.trim().toLowerCase());
    if (row.assessor_email.trim() !== '' && !assessorId) at(row.line, 'assessor_email', NO_ACCOUNT);
    if (row.iqa_email.trim() !== '' && !iqaId) at(row.line, 'iqa_email', NO_ACCOUNT);
    if (
      missing.length > 0 ||
      dateProblems.length > 0 ||
      ids.length !== 1 ||
      !assessorId ||
      !iqaId ||
      learner === null
    )
      return null;

    const request: EnrolmentRequest = {
      qualificationId: ids[0],
      pathway: row.pathway.trim() || null,
      startDate: row.start_date.trim(),
      plannedEndDate: row.planned_end_date.trim(),
      registrationNumber: row.registration_number.trim() || null,
      assessorId,
      iqaId,
      overrideReason: row.override_reason.trim() || null,
    };
    const { problems, unmet, plan } = await this.enrolments.plan(
      // The rules have fixed the row's shape: its English evidence is one of the known tests.
      { id: null, centreId, facts: learnerFacts(learner as CreateLearnerDto & LearnerFacts) },
      request,
    );
    for (const problem of problems)
      at(row.line, ENROLMENT_COLUMN[problem.path.split('.')[0]] ?? null, problem.message);
    for (const problem of unmet)
      at(
        row.line,
        'override_reason',
        `must give the reason for enrolling although an entry requirement is not met (${problem.message})`,
      );
    return problems.length === 0 && unmet.length === 0 ? plan : null;
  }
}

async function readRows(csv: string): Promise<Row[]> {
  let records;
  try {
    // The header row, then at most the largest import.
    records = await readCsv(csv, { maxRecords: LEARNER_IMPORT_LIMITS.maxLearners + 1 });
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw DomainError.invalid([{ path: `lines.${error.line}`, message: error.message }]);
    if (error instanceof CsvTooLong) throw importTooLarge();
    throw error;
  }
  const [header, ...data] = records;
  if (!header)
    throw DomainError.invalid([
      { path: 'lines.1', message: 'the file is empty: it needs the header row' },
    ]);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const problems: FieldError[] = [
    ...names
      .filter((name) => !COLUMNS.includes(name as LearnerImportColumn))
      .map((name) => ({
        path: `lines.1.${name}`,
        message: 'is not a column of the import: check its spelling, or remove it',
      })),
    ...REQUIRED.filter((column) => !names.includes(column)).map((column) => ({
      path: `lines.1.${column}`,
      message: 'is a required column: add it to the header row',
    })),
  ];
  if (data.length === 0)
    problems.push({
      path: 'lines.2',
      message: 'the file has no learners: add a row for each below the header row',
    });
  data.forEach((record) => {
    if (record.fields.length !== names.length) {
      problems.push({
        path: `lines.${record.line}`,
        message: `has ${record.fields.length} values but the header row has ${names.length}: check for a missing comma, and put any value holding a comma in double quotes`,
      });
    }
  });
  if (problems.length > 0) throw DomainError.invalid(problems);
  return data.map((record) => {
    const row = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as unknown as Row;
    names.forEach((name, index) => (row[name as LearnerImportColumn] = record.fields[index] ?? ''));
    row.line = record.line;
    return row;
  });
}

/** A row's learner columns as the learner form's body, so the same validation applies. */
function learnerFields(row: Row, centreId: string): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const number = (value: string) =>
    value.trim() === '' ? null : Number.isFinite(Number(value)) ? Number(value) : value.trim();
  const english = englishFields(row, number);
  return {
    email: row.email,
    displayName: row.display_name,
    centreId,
    dateOfBirth: row.date_of_birth.trim(),
    uln: text(row.uln),
    employer:
      text(row.employer_organisation) === null
        ? null
        : {
            organisation: row.employer_organisation.trim(),
            workplace: text(row.employer_workplace),
            contactName: text(row.employer_contact_name),
            contactEmail: text(row.employer_contact_email),
          },
    priorQualifications:
      text(row.prior_qualification_title) === null
        ? []
        : [
            {
              title: row.prior_qualification_title.trim(),
              level: number(row.prior_qualification_level),
              subject: text(row.prior_qualification_subject),
              year: number(row.prior_qualification_year),
            },
          ],
    englishEvidence: english === null ? [] : [english],
    experienceYears: number(row.experience_years),
  };
}

function englishFields(
  row: Row,
  number: (value: string) => unknown,
): Record<string, unknown> | null {
  const test = row.english_test.trim();
  if (test === '') return null;
  const result = row.english_result.trim();
  const proofLocation = row.english_proof_location.trim() || null;
  switch (test) {
    case 'ielts_academic':
      return {
        test,
        overall: number(result),
        lowestBand: number(row.english_lowest_band),
        proofLocation,
      };
    case 'toefl_ibt':
    case 'pte_academic':
      return { test, score: number(result), proofLocation };
    case 'cambridge_b2_first':
      return { test, grade: result, proofLocation };
    default:
      return { test, description: result, proofLocation };
  }
}
