import type { LearnerProfileDto } from '../learners/dto/learner-profile.dto';
import type { SigningRequest } from '../sign-off/sign-off.service';
import type { EvidenceContent, Role } from '@signoff/contracts';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';
export const DEMO_CENTRE = 'Demo Care Academy';

export interface DemoPerson {
  email: string;
  displayName: string;
  /** The roles the centre's admin gives them there. */
  roles: Role[];
  /**
   * How the admin then ends their access, to show what that does: every role taken away (they
   * still sign in, to nothing), or suspended at the centre (they cannot sign in at all, having
   * no other centre).
   */
  then?: 'rolesRemoved' | 'suspended';
}

/*
 * Sign-off demo: Kwame Mensah, assessed by Priya Shah, whose two submitted items together cover
 * every learning outcome of unit QC28074-5, ready to be accepted, signed row by row and as a
 * unit, and countersigned. The sign-off browser test is the only one to use him.
 */
const SIGN_OFF_DEMO_PEOPLE: DemoPerson[] = [
  { email: 'learner5@demo.test', displayName: 'Kwame Mensah', roles: ['learner'] },
];

const KWAME_PORTFOLIO: DemoEvidence[] = [
  {
    content: {
      method: 'direct_observation',
      title: 'Observed: planning next quarter’s staffing and budget',
      narrative:
        '<p>My assessor observed me plan the team’s staffing, rota and budget for the next quarter, set up the project to open a weekend drop-in, and agree the service’s new quality checks.</p>',
      activityDate: '2026-10-06',
      claims: [
        { unit: 'QC28074-5', outcome: '1', criterion: null },
        { unit: 'QC28074-5', outcome: '2', criterion: null },
        { unit: 'QC28074-5', outcome: '3', criterion: null },
      ],
    },
  },
  {
    content: {
      method: 'professional_discussion',
      title: 'Discussion: budgets, performance and commissioning',
      narrative:
        '<p>Notes from our professional discussion of how I monitor the budget, which indicators show the service is working, and how our commissioners fund it.</p>',
      activityDate: '2026-10-13',
      claims: [
        { unit: 'QC28074-5', outcome: '4', criterion: null },
        { unit: 'QC28074-5', outcome: '5', criterion: null },
        { unit: 'QC28074-5', outcome: '6', criterion: null },
      ],
    },
  },
];

const SIGN_OFF_DEMO_LEARNERS: typeof DEMO_LEARNERS = [
  {
    email: 'learner5@demo.test',
    profile: {
      dateOfBirth: '1985-02-14',
      uln: '4000000041',
      employer: {
        organisation: 'Northfield Care Ltd',
        workplace: 'Elm Court',
        contactName: 'Sam Patel',
        contactEmail: 'sam.patel@northfield.example',
      },
      priorQualifications: [
        {
          title: 'Level 5 Diploma in Leadership for Health and Social Care',
          level: 5,
          subject: 'Health and social care',
          year: 2019,
        },
      ],
      englishEvidence: [
        {
          test: 'prior_education_in_english',
          description: 'Diploma taught in English, Northfield College',
          proofLocation: 'Certificate in the learner file',
        },
      ],
      experienceYears: 8,
    },
    enrolment: {
      assessor: 'assessor@demo.test',
      iqa: 'iqa@demo.test',
      registrationNumber: 'QC-2026-0003',
    },
    portfolio: KWAME_PORTFOLIO,
  },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.test', displayName: 'Alex Morgan', roles: ['admin'] },
  { email: 'assessor@demo.test', displayName: 'Priya Shah', roles: ['assessor'] },
  { email: 'assessor2@demo.test', displayName: 'Tom Hughes', roles: ['assessor'] },
  { email: 'iqa@demo.test', displayName: 'Grace Okafor', roles: ['iqa'] },
  { email: 'eqa@demo.test', displayName: 'Martin Reid', roles: ['eqa'] },
  {
    email: 'former.assessor@demo.test',
    displayName: 'Dan Whitfield',
    roles: ['assessor'],
    then: 'suspended',
  },
  {
    email: 'no.roles@demo.test',
    displayName: 'Robin Lee',
    roles: ['assessor'],
    then: 'rolesRemoved',
  },
  { email: 'learner@demo.test', displayName: 'Jordan Ellis', roles: ['learner'] },
  { email: 'learner2@demo.test', displayName: 'Aisha Begum', roles: ['learner'] },
  { email: 'learner3@demo.test', displayName: 'Callum Fraser', roles: ['learner'] },
  ...SIGN_OFF_DEMO_PEOPLE,
];

/**
 * A smaller second centre with its own admin and learner, where two of the first centre's staff
 * work too (Tom Hughes assesses, Grace Okafor verifies): each sees each centre's records only
 * through the role they hold there.
 */
export const DEMO_SECOND_CENTRE = 'Harbour View Training';

export const DEMO_SECOND_CENTRE_PEOPLE: DemoPerson[] = [
  { email: 'admin2@demo.test', displayName: 'Nadia Kowalski', roles: ['admin'] },
  { email: 'assessor2@demo.test', displayName: 'Tom Hughes', roles: ['assessor'] },
  { email: 'iqa@demo.test', displayName: 'Grace Okafor', roles: ['iqa'] },
  { email: 'learner4@demo.test', displayName: 'Mei Lin', roles: ['learner'] },
];

/**
 * An item of a demo portfolio, submitted by its learner (unless the demo shows it as a draft);
 * then, if the demo shows it, decided by the enrolment's assessor (confirming the learner's
 * claims as the mapping).
 */
export interface DemoEvidence {
  content: EvidenceContent;
  draft?: true;
  decision?: { decision: 'accept' | 'refer'; feedback: string | null };
}

/**
 * Aisha Begum's portfolio, assessed by Tom Hughes: every stage of assessment at once, two items
 * awaiting him in his queue, one accepted and one referred back with feedback.
 */
const AISHA_PORTFOLIO: DemoEvidence[] = [
  {
    content: {
      method: 'reflective_account',
      title: 'Reflecting on a safeguarding referral',
      narrative:
        '<p>I made a safeguarding referral for a service user after a disclosure, and reflect on how I balanced their wishes with the duty to act.</p>',
      activityDate: '2026-09-18',
      claims: [{ unit: 'QC28074-1', outcome: '1', criterion: null }],
    },
    decision: {
      decision: 'accept',
      feedback: 'A clear, honest reflection that meets the outcome.',
    },
  },
  {
    content: {
      method: 'professional_discussion',
      title: 'Discussion: leading the team through a service change',
      narrative:
        '<p>Notes from our professional discussion about moving the team to a new rota model.</p>',
      activityDate: '2026-09-25',
      claims: [{ unit: 'QC28074-2', outcome: '1', criterion: null }],
    },
    decision: {
      decision: 'refer',
      feedback:
        'Say how you involved the team in the change and what you would do differently next time, then submit it again.',
    },
  },
  {
    content: {
      method: 'direct_observation',
      title: 'Observed: chairing a multi-agency meeting',
      narrative:
        '<p>I chaired the monthly multi-agency meeting for a service user’s care plan.</p>',
      activityDate: '2026-10-02',
      claims: [{ unit: 'QC28074-3', outcome: '2', criterion: null }],
    },
  },
  {
    content: {
      method: 'reflective_account',
      title: 'Supervising a new support worker',
      narrative: '<p>How I planned and ran the first three supervisions of a new colleague.</p>',
      activityDate: '2026-10-09',
      claims: [
        { unit: 'QC28074-4', outcome: '1', criterion: null },
        { unit: 'QC28074-1', outcome: '2', criterion: null },
      ],
    },
  },
];

/** An item the learner submitted and their assessor accepted, confirming the claims. */
function accepted(
  method: EvidenceContent['method'],
  title: string,
  activityDate: string,
  unit: string,
  outcomes: string[],
  feedback: string | null = null,
): DemoEvidence {
  return {
    content: {
      method,
      title,
      narrative: `<p>${title}: what I did, why, and what I learned from it.</p>`,
      activityDate,
      claims: outcomes.map((outcome) => ({ unit, outcome, criterion: null })),
    },
    decision: { decision: 'accept', feedback },
  };
}

/**
 * Jordan Ellis's portfolio, assessed by Priya Shah, so that signing in as either shows work at
 * every stage: every outcome of QC28074-1 and half of QC28074-2 accepted, one item referred back
 * with feedback, two awaiting Priya's assessment and one still a draft. (Nothing claims
 * QC28074-3: the portfolio browser test finds its own evidence there.)
 */
const JORDAN_PORTFOLIO: DemoEvidence[] = [
  accepted(
    'reflective_account',
    'Setting the service’s mental health strategy',
    '2026-09-08',
    'QC28074-1',
    ['1', '2'],
    'A well argued account of how the strategy follows from the needs you found.',
  ),
  accepted(
    'professional_discussion',
    'Discussion: leading the service through an inspection',
    '2026-09-15',
    'QC28074-1',
    ['3', '4'],
  ),
  accepted(
    'direct_observation',
    'Observed: chairing the quarterly governance meeting',
    '2026-09-22',
    'QC28074-1',
    ['5', '6'],
  ),
  accepted(
    'case_study',
    'A best-interests decision under the Mental Capacity Act',
    '2026-10-01',
    'QC28074-2',
    ['1', '2'],
  ),
  accepted(
    'product_evidence',
    'The team’s human rights checklist for care planning',
    '2026-10-06',
    'QC28074-2',
    ['3'],
  ),
  {
    content: {
      method: 'reflective_account',
      title: 'Reflecting on a Deprivation of Liberty Safeguards review',
      narrative: '<p>How I prepared for and took part in a DoLS review for a resident.</p>',
      activityDate: '2026-10-13',
      claims: [{ unit: 'QC28074-2', outcome: '4', criterion: null }],
    },
    decision: {
      decision: 'refer',
      feedback:
        'Say which safeguards you checked and how the resident’s own views were heard, then submit it again.',
    },
  },
  {
    content: {
      method: 'witness_testimony',
      title: 'Involving service users in recruiting support workers',
      narrative: '<p>Two service users sat on the interview panel; the testimony is from one.</p>',
      activityDate: '2026-10-20',
      claims: [{ unit: 'QC28074-4', outcome: '1', criterion: null }],
    },
  },
  {
    content: {
      method: 'written_assignment',
      title: 'Reviewing the crisis team’s budget',
      narrative: '<p>My review of the crisis team’s spending against its staffing needs.</p>',
      activityDate: '2026-10-27',
      claims: [
        { unit: 'QC28074-5', outcome: '1', criterion: null },
        { unit: 'QC28074-5', outcome: '2', criterion: null },
      ],
    },
  },
  {
    content: {
      method: 'learner_log',
      title: 'Working with the community mental health team',
      narrative: '<p>Notes so far on our shared discharge planning meetings.</p>',
      activityDate: '2026-11-03',
      claims: [{ unit: 'QC28074-6', outcome: '1', criterion: null }],
    },
    draft: true,
  },
];

/**
 * What Priya Shah has signed on Jordan Ellis's matrices, in order: every row of QC28074-1 (in two
 * signatures) and the unit, which Jordan has countersigned, so it is achieved; and the three rows
 * of QC28074-2 its accepted evidence covers.
 */
const JORDAN_SIGN_OFFS: SigningRequest[] = [
  { kind: 'rows', unit: 'QC28074-1', rows: ['1', '2', '3'] },
  { kind: 'rows', unit: 'QC28074-1', rows: ['4', '5', '6'] },
  { kind: 'unit', unit: 'QC28074-1' },
  { kind: 'countersignature', unit: 'QC28074-1' },
  { kind: 'rows', unit: 'QC28074-2', rows: ['1', '2', '3'] },
];

/** A learner record of the demo, who it is enrolled on the QualCert L6 with, and its evidence. */
export interface DemoLearner {
  email: string;
  profile: LearnerProfileDto;
  enrolment: { assessor: string; iqa: string; registrationNumber: string } | null;
  portfolio?: DemoEvidence[];
  /** Signed once the portfolio is assessed: rows and units by the assessor, countersigned by the learner. */
  signOffs?: SigningRequest[];
  /** A correction to their record the learner proposed, waiting for an admin. */
  correction?: { field: string; proposed: string };
}

/** Learner records for the demo, who is enrolled on the QualCert L6 with whom, and their evidence. */
export const DEMO_LEARNERS: DemoLearner[] = [
  {
    email: 'learner@demo.test',
    profile: {
      dateOfBirth: '1992-04-12',
      uln: '4000000017',
      employer: {
        organisation: 'Northfield Care Ltd',
        workplace: 'Rosewood House',
        contactName: 'Sam Patel',
        contactEmail: 'sam.patel@northfield.example',
      },
      priorQualifications: [
        {
          title: 'Level 5 Diploma in Leadership for Health and Social Care',
          level: 5,
          subject: 'Health and social care',
          year: 2021,
        },
      ],
      englishEvidence: [
        {
          test: 'ielts_academic',
          overall: 7,
          lowestBand: 6.5,
          proofLocation: 'Certificate scanned to the learner file',
        },
      ],
      experienceYears: 4,
    },
    enrolment: {
      assessor: 'assessor@demo.test',
      iqa: 'iqa@demo.test',
      registrationNumber: 'QC-2026-0001',
    },
    portfolio: JORDAN_PORTFOLIO,
    signOffs: JORDAN_SIGN_OFFS,
  },
  {
    email: 'learner2@demo.test',
    profile: {
      dateOfBirth: '1988-11-03',
      uln: '4000000025',
      employer: {
        organisation: 'Riverside Community Mental Health Team',
        workplace: null,
        contactName: null,
        contactEmail: null,
      },
      priorQualifications: [
        { title: 'BSc (Hons) Psychology', level: 6, subject: 'Psychology', year: 2010 },
      ],
      englishEvidence: [
        {
          test: 'prior_education_in_english',
          description: 'BSc taught in English, University of Lagos',
          proofLocation: 'Transcript in the learner file',
        },
      ],
      experienceYears: 6,
    },
    enrolment: {
      assessor: 'assessor2@demo.test',
      iqa: 'iqa@demo.test',
      registrationNumber: 'QC-2026-0002',
    },
    portfolio: AISHA_PORTFOLIO,
  },
  {
    email: 'learner3@demo.test',
    correction: {
      field: 'employer',
      proposed: 'I moved to Rosewood House in October; my manager there is Dana Reid.',
    },
    profile: {
      dateOfBirth: '2007-10-15',
      uln: null,
      employer: {
        organisation: 'Northfield Care Ltd',
        workplace: 'Oak Lodge',
        contactName: 'Sam Patel',
        contactEmail: 'sam.patel@northfield.example',
      },
      priorQualifications: [
        { title: 'Level 3 Diploma in Adult Care', level: 3, subject: 'Adult care', year: 2025 },
      ],
      englishEvidence: [],
      experienceYears: 1,
    },
    enrolment: null,
  },
  {
    email: 'learner4@demo.test',
    profile: {
      dateOfBirth: '1995-06-21',
      uln: '4000000033',
      employer: {
        organisation: 'Harbour View Care',
        workplace: 'Quayside',
        contactName: null,
        contactEmail: null,
      },
      priorQualifications: [
        {
          title: 'Level 5 Diploma in Leadership and Management for Adult Care',
          level: 5,
          subject: 'Adult care',
          year: 2023,
        },
      ],
      englishEvidence: [
        {
          test: 'prior_education_in_english',
          description: 'Diploma taught in English, Harbour View College',
          proofLocation: 'Certificate in the learner file',
        },
      ],
      experienceYears: 5,
    },
    enrolment: {
      assessor: 'assessor2@demo.test',
      iqa: 'iqa@demo.test',
      registrationNumber: 'QC-2026-0101',
    },
  },
  ...SIGN_OFF_DEMO_LEARNERS,
];

export const DEMO_START = { startDate: '2026-09-01', plannedEndDate: '2027-08-31' };
