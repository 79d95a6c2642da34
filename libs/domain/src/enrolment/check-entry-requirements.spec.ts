import type { EntryRequirement, LearnerFacts } from '@signoff/contracts';
import { checkEntryRequirements } from './check-entry-requirements';

/** The QualCert L6's entry requirements, as its seed states them. */
const L6 = {
  minimumAge: 19,
  entryRequirements: [
    {
      kind: 'prior_qualification',
      description: 'Applicants should meet one or more of the following criteria.',
      advisory: false,
      options: [
        {
          description: 'A Level 5 qualification in health and social care, mental health, ...',
          minimumLevel: 5,
          subjects: ['health and social care', 'mental health', 'healthcare management'],
        },
        { description: 'An HND, Foundation Degree, or equivalent', minimumLevel: 5, subjects: [] },
        {
          description: "A Bachelor's degree in mental health, social work, psychology, ...",
          minimumLevel: 6,
          subjects: ['mental health', 'social work', 'psychology'],
        },
        {
          description:
            'An international qualification equivalent to the above, subject to evaluation',
          minimumLevel: null,
          subjects: [],
        },
      ],
    },
    {
      kind: 'experience',
      description: 'Ideally, 1–2 years of relevant experience',
      advisory: true,
      minimumYears: 1,
    },
    {
      kind: 'english_proficiency',
      description: 'English language proficiency through one of the following.',
      advisory: false,
      accepted: [
        { test: 'ielts_academic', overall: 6.0, lowestBand: 5.5 },
        { test: 'toefl_ibt', minimum: 79 },
        { test: 'pte_academic', minimum: 50 },
        { test: 'cambridge_b2_first', minimumGrade: 'C' },
        { test: 'prior_education_in_english' },
      ],
    },
  ] satisfies EntryRequirement[],
};

const START = '2026-09-01';

function learner(extra: Partial<LearnerFacts> = {}): LearnerFacts {
  return {
    dateOfBirth: '1990-05-17',
    priorQualifications: [
      {
        title: 'Level 5 Diploma in Health and Social Care',
        level: 5,
        subject: 'Health and social care',
        year: 2020,
      },
    ],
    englishEvidence: [
      { test: 'ielts_academic', overall: 6.5, lowestBand: 6.0, proofLocation: 'learner file' },
    ],
    experienceYears: 3,
    ...extra,
  };
}

const outcomeOf = (facts: LearnerFacts, kind: string) =>
  checkEntryRequirements(L6, facts, START).results.find((result) => result.kind === kind);

describe('checkEntryRequirements', () => {
  it('meets every L6 requirement', () => {
    const check = checkEntryRequirements(L6, learner(), START);
    expect(check).toMatchObject({ outcome: 'met', blocking: false });
    expect(check.results.map((result) => [result.kind, result.outcome])).toEqual([
      ['minimum_age', 'met'],
      ['prior_qualification', 'met'],
      ['experience', 'met'],
      ['english_proficiency', 'met'],
    ]);
  });

  describe('minimum age on the start date', () => {
    it('19 on the start date itself is enough', () => {
      expect(outcomeOf(learner({ dateOfBirth: '2007-09-01' }), 'minimum_age')).toMatchObject({
        outcome: 'met',
      });
    });

    it('one day short of 19 on the start date blocks', () => {
      const facts = learner({ dateOfBirth: '2007-09-02' });
      expect(outcomeOf(facts, 'minimum_age')).toMatchObject({
        outcome: 'not_met',
        reason: '18 years old on 2026-09-01',
      });
      expect(checkEntryRequirements(L6, facts, START)).toMatchObject({
        outcome: 'not_met',
        blocking: true,
      });
    });

    it('the OTHM L7: 21 at the beginning of the course', () => {
      const l7 = { minimumAge: 21, entryRequirements: [] };
      expect(
        checkEntryRequirements(l7, learner({ dateOfBirth: '2005-09-01' }), START).outcome,
      ).toBe('met');
      expect(
        checkEntryRequirements(l7, learner({ dateOfBirth: '2005-09-02' }), START).outcome,
      ).toBe('not_met');
    });
  });

  describe('English proficiency', () => {
    const english = (evidence: LearnerFacts['englishEvidence']) =>
      outcomeOf(learner({ englishEvidence: evidence }), 'english_proficiency');

    it.each<[string, LearnerFacts['englishEvidence'], string]>([
      [
        'IELTS 6.0 with no band below 5.5',
        [{ test: 'ielts_academic', overall: 6.0, lowestBand: 5.5, proofLocation: null }],
        'met',
      ],
      [
        'IELTS 6.0 with one band 5.0',
        [{ test: 'ielts_academic', overall: 6.0, lowestBand: 5.0, proofLocation: null }],
        'not_met',
      ],
      [
        'IELTS 5.5 overall',
        [{ test: 'ielts_academic', overall: 5.5, lowestBand: 5.5, proofLocation: null }],
        'not_met',
      ],
      ['TOEFL iBT 79', [{ test: 'toefl_ibt', score: 79, proofLocation: null }], 'met'],
      ['TOEFL iBT 78', [{ test: 'toefl_ibt', score: 78, proofLocation: null }], 'not_met'],
      ['PTE Academic 50', [{ test: 'pte_academic', score: 50, proofLocation: null }], 'met'],
      ['PTE Academic 49', [{ test: 'pte_academic', score: 49, proofLocation: null }], 'not_met'],
      [
        'B2 First grade C',
        [{ test: 'cambridge_b2_first', grade: 'C', proofLocation: null }],
        'met',
      ],
      [
        'B2 First grade A',
        [{ test: 'cambridge_b2_first', grade: 'A', proofLocation: null }],
        'met',
      ],
      [
        'B2 First at level B1',
        [{ test: 'cambridge_b2_first', grade: 'B1', proofLocation: null }],
        'not_met',
      ],
      [
        'prior education in English',
        [
          {
            test: 'prior_education_in_english',
            description: 'BSc, University of Ghana',
            proofLocation: null,
          },
        ],
        'needs_review',
      ],
      ['nothing recorded', [], 'not_met'],
      [
        'a failed test and a passed one',
        [
          { test: 'toefl_ibt', score: 60, proofLocation: null },
          { test: 'pte_academic', score: 58, proofLocation: null },
        ],
        'met',
      ],
    ])('%s → %s', (_case, evidence, outcome) => {
      expect(english(evidence)?.outcome).toBe(outcome);
    });

    it('names the band that fails', () => {
      expect(
        english([{ test: 'ielts_academic', overall: 6.0, lowestBand: 5.0, proofLocation: null }])
          ?.reason,
      ).toBe('IELTS Academic band of 5, below 5.5');
    });

    it('leaves it to the centre when the qualification lists no tests (the OTHM L7)', () => {
      const l7 = {
        minimumAge: null,
        entryRequirements: [
          {
            kind: 'english_proficiency',
            description: 'Evidence of competency',
            advisory: false,
            accepted: [],
          },
        ] satisfies EntryRequirement[],
      };
      expect(checkEntryRequirements(l7, learner(), START)).toMatchObject({
        outcome: 'needs_review',
        blocking: false,
      });
    });
  });

  describe('prior qualifications', () => {
    const prior = (held: LearnerFacts['priorQualifications']) =>
      outcomeOf(learner({ priorQualifications: held }), 'prior_qualification');

    it.each<[string, LearnerFacts['priorQualifications'], string]>([
      [
        'a level 5 in mental health',
        [{ title: 'Diploma', level: 5, subject: 'Mental health', year: null }],
        'met',
      ],
      [
        'an HND in any subject',
        [{ title: 'HND Business', level: 5, subject: 'Business', year: null }],
        'met',
      ],
      [
        'a BSc in psychology',
        [{ title: 'BSc Psychology', level: 6, subject: 'Psychology', year: 2015 }],
        'met',
      ],
      [
        'only a level 3',
        [{ title: 'Level 3 Diploma in Care', level: 3, subject: 'Care', year: 2018 }],
        'needs_review',
      ],
      [
        'one of unknown level',
        [{ title: 'Overseas diploma', level: null, subject: 'Nursing', year: 2012 }],
        'needs_review',
      ],
      ['nothing recorded', [], 'not_met'],
    ])('%s → %s', (_case, held, outcome) => {
      expect(prior(held)?.outcome).toBe(outcome);
    });

    it('refuses a level below every option when no equivalent can be considered', () => {
      const strict = {
        minimumAge: null,
        entryRequirements: [
          {
            kind: 'prior_qualification',
            description: 'A level 6 diploma',
            advisory: false,
            options: [{ description: 'A UK level 6 diploma', minimumLevel: 6, subjects: [] }],
          },
        ] satisfies EntryRequirement[],
      };
      const check = checkEntryRequirements(
        strict,
        learner({
          priorQualifications: [
            { title: 'Level 4 Certificate', level: 4, subject: null, year: null },
          ],
        }),
        START,
      );
      expect(check.results[0]).toMatchObject({
        outcome: 'not_met',
        reason: 'Highest prior qualification is at level 4',
      });
      expect(check.blocking).toBe(true);
    });
  });

  describe('experience, which the seed makes advisory ("ideally")', () => {
    it('never blocks, even when not met', () => {
      const check = checkEntryRequirements(L6, learner({ experienceYears: 0 }), START);
      expect(check.results[2]).toMatchObject({
        kind: 'experience',
        outcome: 'not_met',
        advisory: true,
      });
      expect(check).toMatchObject({ outcome: 'met', blocking: false });
    });

    it('needs review when not recorded', () => {
      expect(outcomeOf(learner({ experienceYears: null }), 'experience')?.outcome).toBe(
        'needs_review',
      );
    });
  });

  it('needs review, without blocking, when something needs a person to judge', () => {
    const facts = learner({
      englishEvidence: [
        {
          test: 'prior_education_in_english',
          description: 'Degree taught in English',
          proofLocation: null,
        },
      ],
    });
    expect(checkEntryRequirements(L6, facts, START)).toMatchObject({
      outcome: 'needs_review',
      blocking: false,
    });
  });
});
