import {
  ENGLISH_TESTS,
  type CambridgeGrade,
  type EnglishEvidence,
  type EnglishEvidenceRule,
  type EntryCheck,
  type EntryRequirement,
  type LearnerFacts,
  type QualificationDocument,
  type RequirementResult,
} from '@signoff/contracts';
import { ageOn } from './age-on';

/**
 * A learner against a qualification version's entry requirements, on the enrolment's start date.
 * Each requirement answers met, not met or needs review with its reason; an unmet requirement
 * that is not advisory blocks the enrolment unless an admin overrides it.
 */
export function checkEntryRequirements(
  qualification: Pick<QualificationDocument, 'minimumAge' | 'entryRequirements'>,
  learner: LearnerFacts,
  startDate: string,
): EntryCheck {
  const results: RequirementResult[] = [];
  if (qualification.minimumAge !== null)
    results.push(minimumAge(qualification.minimumAge, learner, startDate));
  for (const requirement of qualification.entryRequirements)
    results.push(judge(requirement, learner));
  const blocking = results.some((result) => result.outcome === 'not_met' && !result.advisory);
  const review = results.some((result) => result.outcome === 'needs_review' && !result.advisory);
  return { outcome: blocking ? 'not_met' : review ? 'needs_review' : 'met', blocking, results };
}

function minimumAge(years: number, learner: LearnerFacts, startDate: string): RequirementResult {
  const age = ageOn(learner.dateOfBirth, startDate);
  return {
    kind: 'minimum_age',
    description: `At least ${years} years old on the start date`,
    advisory: false,
    outcome: age >= years ? 'met' : 'not_met',
    reason: `${age} years old on ${startDate}`,
  };
}

function judge(requirement: EntryRequirement, learner: LearnerFacts): RequirementResult {
  const base = {
    kind: requirement.kind,
    description: requirement.description,
    advisory: requirement.advisory,
  };
  switch (requirement.kind) {
    case 'prior_qualification':
      return { ...base, ...priorQualification(requirement.options, learner) };
    case 'experience':
      return { ...base, ...experience(requirement.minimumYears, learner) };
    case 'english_proficiency':
      return { ...base, ...english(requirement.accepted, learner.englishEvidence) };
    case 'other':
      return { ...base, outcome: 'needs_review', reason: 'Checked by the centre' };
  }
}

type Judgement = Pick<RequirementResult, 'outcome' | 'reason'>;

function priorQualification(
  options: Extract<EntryRequirement, { kind: 'prior_qualification' }>['options'],
  learner: LearnerFacts,
): Judgement {
  const held = learner.priorQualifications;
  if (held.length === 0) return { outcome: 'not_met', reason: 'No prior qualifications recorded' };
  for (const option of options) {
    const level = option.minimumLevel;
    if (level === null) continue;
    const match = held.find(
      (qualification) =>
        qualification.level !== null &&
        qualification.level >= level &&
        subjectMatches(qualification.subject, option.subjects),
    );
    if (match)
      return {
        outcome: 'met',
        reason: `${match.title} (level ${match.level}) meets: ${option.description}`,
      };
  }
  // A qualification at the right level in a "related field", or one of unknown level, or an
  // option judged "subject to evaluation", is a person's call.
  const levelOnly = held.find((qualification) =>
    options.some(
      (option) =>
        option.minimumLevel !== null &&
        qualification.level !== null &&
        qualification.level >= option.minimumLevel,
    ),
  );
  if (levelOnly)
    return {
      outcome: 'needs_review',
      reason: `${levelOnly.title} is at the level; is its subject related?`,
    };
  const unknownLevel = held.find((qualification) => qualification.level === null);
  if (unknownLevel)
    return { outcome: 'needs_review', reason: `${unknownLevel.title}: level not recorded` };
  if (options.some((option) => option.minimumLevel === null)) {
    return {
      outcome: 'needs_review',
      reason: 'An equivalent qualification is subject to evaluation',
    };
  }
  const highest = Math.max(...held.map((qualification) => qualification.level ?? 0));
  return { outcome: 'not_met', reason: `Highest prior qualification is at level ${highest}` };
}

function subjectMatches(subject: string | null, subjects: string[]): boolean {
  if (subjects.length === 0) return true;
  const own = (subject ?? '').toLowerCase();
  return (
    own !== '' &&
    subjects.some(
      (wanted) => own.includes(wanted.toLowerCase()) || wanted.toLowerCase().includes(own),
    )
  );
}

function experience(minimumYears: number | null, learner: LearnerFacts): Judgement {
  if (learner.experienceYears === null)
    return { outcome: 'needs_review', reason: 'Experience not recorded' };
  if (minimumYears === null)
    return {
      outcome: 'needs_review',
      reason: `${learner.experienceYears} years recorded; the centre judges its relevance`,
    };
  return learner.experienceYears >= minimumYears
    ? { outcome: 'met', reason: `${learner.experienceYears} years of relevant experience` }
    : {
        outcome: 'not_met',
        reason: `${learner.experienceYears} of ${minimumYears} years of relevant experience`,
      };
}

const GRADE_RANK: Record<CambridgeGrade, number> = { A: 3, B: 2, C: 1, B1: 0, fail: -1 };

function english(accepted: EnglishEvidenceRule[], evidence: EnglishEvidence[]): Judgement {
  if (evidence.length === 0)
    return { outcome: 'not_met', reason: 'No English language evidence recorded' };
  if (accepted.length === 0)
    return {
      outcome: 'needs_review',
      reason: 'The qualification leaves the evidence to the centre',
    };
  const verdicts = evidence.map((item) => englishVerdict(item, accepted));
  return (
    verdicts.find((verdict) => verdict.outcome === 'met') ??
    verdicts.find((verdict) => verdict.outcome === 'needs_review') ??
    verdicts[0]
  );
}

function englishVerdict(item: EnglishEvidence, accepted: EnglishEvidenceRule[]): Judgement {
  const rule = accepted.find((candidate) => candidate.test === item.test);
  if (!rule)
    return {
      outcome: 'needs_review',
      reason: `${ENGLISH_TESTS[item.test].label} is not one of the listed tests`,
    };
  switch (item.test) {
    case 'ielts_academic': {
      const { overall, lowestBand } = rule as Extract<
        EnglishEvidenceRule,
        { test: 'ielts_academic' }
      >;
      if (item.overall < overall)
        return {
          outcome: 'not_met',
          reason: `${ENGLISH_TESTS.ielts_academic.label} overall ${item.overall}, below ${overall}`,
        };
      if (lowestBand !== null && item.lowestBand < lowestBand) {
        return {
          outcome: 'not_met',
          reason: `${ENGLISH_TESTS.ielts_academic.label} band of ${item.lowestBand}, below ${lowestBand}`,
        };
      }
      return {
        outcome: 'met',
        reason: `${ENGLISH_TESTS.ielts_academic.label} ${item.overall} overall, no band below ${item.lowestBand}`,
      };
    }
    case 'toefl_ibt':
    case 'pte_academic': {
      const { minimum } = rule as Extract<
        EnglishEvidenceRule,
        { test: 'toefl_ibt' | 'pte_academic' }
      >;
      return item.score >= minimum
        ? { outcome: 'met', reason: `${ENGLISH_TESTS[item.test].label} ${item.score}` }
        : {
            outcome: 'not_met',
            reason: `${ENGLISH_TESTS[item.test].label} ${item.score}, below ${minimum}`,
          };
    }
    case 'cambridge_b2_first': {
      const { minimumGrade } = rule as Extract<EnglishEvidenceRule, { test: 'cambridge_b2_first' }>;
      return GRADE_RANK[item.grade] >= GRADE_RANK[minimumGrade]
        ? {
            outcome: 'met',
            reason: `${ENGLISH_TESTS.cambridge_b2_first.label} grade ${item.grade}`,
          }
        : {
            outcome: 'not_met',
            reason: `${ENGLISH_TESTS.cambridge_b2_first.label} grade ${item.grade}, below ${minimumGrade}`,
          };
    }
    case 'prior_education_in_english':
      return {
        outcome: 'needs_review',
        reason: `${ENGLISH_TESTS.prior_education_in_english.label} (${item.description}) is subject to review`,
      };
  }
}
