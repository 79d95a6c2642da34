import { ENGLISH_TESTS, type EnglishEvidenceRule, type EntryRequirement } from '@signoff/contracts';

function englishEvidenceInWords(rule: EnglishEvidenceRule): string {
  const test = ENGLISH_TESTS[rule.test].label;
  switch (rule.test) {
    case 'ielts_academic':
      return rule.lowestBand === null
        ? `${test}, overall ${rule.overall} or higher`
        : `${test}, overall ${rule.overall} or higher with no band below ${rule.lowestBand}`;
    case 'toefl_ibt':
    case 'pte_academic':
      return `${test}, ${rule.minimum} or higher`;
    case 'cambridge_b2_first':
      return `${test}, grade ${rule.minimumGrade} or higher`;
    case 'prior_education_in_english':
      return test;
  }
}

const KIND_TITLES: Record<EntryRequirement['kind'], string> = {
  prior_qualification: 'Prior qualification',
  experience: 'Experience',
  english_proficiency: 'English language',
  other: 'Other',
};

function RequirementDetail({ requirement }: { requirement: EntryRequirement }) {
  switch (requirement.kind) {
    case 'prior_qualification':
      return requirement.options.length > 0 ? (
        <>
          <p className="entry-requirement__any">Any one of:</p>
          <ul>
            {requirement.options.map((option, index) => (
              <li key={index}>
                {option.description}
                {option.minimumLevel !== null ? ` (level ${option.minimumLevel} or above)` : null}
                {option.subjects.length > 0 ? `, in ${option.subjects.join(', ')}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null;
    case 'experience':
      return requirement.minimumYears !== null ? (
        <p>
          At least {requirement.minimumYears} year{requirement.minimumYears === 1 ? '' : 's'}.
        </p>
      ) : null;
    case 'english_proficiency':
      return requirement.accepted.length > 0 ? (
        <>
          <p className="entry-requirement__any">Any one of:</p>
          <ul>
            {requirement.accepted.map((rule, index) => (
              <li key={index}>{englishEvidenceInWords(rule)}</li>
            ))}
          </ul>
        </>
      ) : null;
    case 'other':
      return null;
  }
}

export interface EntryRequirementsListProps {
  requirements: readonly EntryRequirement[];
}

export function EntryRequirementsList({ requirements }: EntryRequirementsListProps) {
  if (requirements.length === 0) return <p>Entry requirements: not stated.</p>;
  return (
    <ul className="entry-requirements">
      {requirements.map((requirement, index) => (
        <li key={index} className="entry-requirement">
          <p className="entry-requirement__title">
            <strong>{KIND_TITLES[requirement.kind]}</strong>{' '}
            <span
              className={requirement.advisory ? 'badge badge--advisory' : 'badge badge--required'}
            >
              {requirement.advisory ? 'Advisory' : 'Required'}
            </span>
          </p>
          <p>{requirement.description}</p>
          <RequirementDetail requirement={requirement} />
        </li>
      ))}
    </ul>
  );
}
