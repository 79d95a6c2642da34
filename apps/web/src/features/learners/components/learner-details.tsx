import {
  CAMBRIDGE_GRADE_WORDS,
  ENGLISH_TESTS,
  type EnglishEvidence,
  type LearnerProfile,
} from '@signoff/contracts';
import { formatDay } from '../../../lib/dates';

function englishResult(evidence: EnglishEvidence): string {
  switch (evidence.test) {
    case 'ielts_academic':
      return `overall ${evidence.overall}, lowest band ${evidence.lowestBand}`;
    case 'toefl_ibt':
    case 'pte_academic':
      return `score ${evidence.score}`;
    case 'cambridge_b2_first':
      return CAMBRIDGE_GRADE_WORDS[evidence.grade];
    case 'prior_education_in_english':
      return evidence.description;
  }
}

export interface LearnerDetailsProps {
  profile: LearnerProfile;
  /** The level of the sub-headings, below the section heading that holds them. */
  headingLevel?: 3 | 4;
}

/** The learner's record as it stands; a blank is said in words. */
export function LearnerDetails({ profile, headingLevel = 3 }: LearnerDetailsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const facts: [string, string][] = [
    ['Name', profile.displayName],
    ['Email', profile.email],
    ['Date of birth', formatDay(profile.dateOfBirth)],
    ['Unique learner number (ULN)', profile.uln ?? 'none recorded'],
    [
      'Years of relevant experience',
      profile.experienceYears === null ? 'not recorded' : String(profile.experienceYears),
    ],
    [
      'Employer',
      profile.employer
        ? [profile.employer.organisation, profile.employer.workplace].filter(Boolean).join(', ')
        : 'none recorded',
    ],
  ];
  if (profile.employer?.contactName || profile.employer?.contactEmail)
    facts.push([
      'Employer contact',
      [profile.employer.contactName, profile.employer.contactEmail].filter(Boolean).join(', '),
    ]);

  return (
    <>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Heading>Prior qualifications</Heading>
      {profile.priorQualifications.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="record-list">
          {profile.priorQualifications.map((qualification, index) => (
            <li key={index}>
              {qualification.title}
              <span className="muted">
                {[
                  qualification.level === null ? null : `level ${qualification.level}`,
                  qualification.subject,
                  qualification.year === null ? null : String(qualification.year),
                ]
                  .filter(Boolean)
                  .map((part) => ` · ${part}`)
                  .join('')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading>English language results</Heading>
      {profile.englishEvidence.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="record-list">
          {profile.englishEvidence.map((evidence, index) => (
            <li key={index}>
              {ENGLISH_TESTS[evidence.test].label}: {englishResult(evidence)}
              {evidence.proofLocation ? (
                <span className="muted"> · proof: {evidence.proofLocation}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
