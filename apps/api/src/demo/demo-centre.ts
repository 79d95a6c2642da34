import type { LearnerProfileDto } from '../learners/dto/learner-profile.dto';
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
 * An item of a demo portfolio, submitted by its learner; then, if the demo shows it, decided by
 * the enrolment's assessor (confirming the learner's claims as the mapping).
 */
export interface DemoEvidence {
  content: EvidenceContent;
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

/** Learner records for the demo, who is enrolled on the QualCert L6 with whom, and their evidence. */
export const DEMO_LEARNERS: {
  email: string;
  profile: LearnerProfileDto;
  enrolment: { assessor: string; iqa: string; registrationNumber: string } | null;
  portfolio?: DemoEvidence[];
}[] = [
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
