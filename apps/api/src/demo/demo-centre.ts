import type { LearnerProfileDto } from '../learners/dto/learner-profile.dto';
import type { Role } from '@signoff/contracts';

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

/** Learner records for the demo, and who is enrolled on the QualCert L6 with whom. */
export const DEMO_LEARNERS: {
  email: string;
  profile: LearnerProfileDto;
  enrolment: { assessor: string; iqa: string; registrationNumber: string } | null;
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
];

export const DEMO_START = { startDate: '2026-09-01', plannedEndDate: '2027-08-31' };
