import {
  ASSESSMENT_METHOD_KEYS,
  ASSESSMENT_METHODS,
  EVIDENCE_STATUSES,
  type AssessmentMethod,
  type EvidenceFilter,
  type EvidenceStatus,
  type Unit,
} from '@signoff/contracts';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import type { CentreMethodCode } from '../api/get-method-codes';
import { isFiltered } from '../lib/evidence-filter';
import { EVIDENCE_STATUS_WORDS } from '../lib/evidence-status';

const ANY = 'any';

export interface EvidenceFiltersProps {
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
  units: readonly Unit[];
  methodCodes: readonly CentreMethodCode[] | undefined;
  showsDrafts: boolean;
}

/** Narrows a portfolio by unit (and outcome within it), method and status. */
export function EvidenceFilters({
  filter,
  onChange,
  units,
  methodCodes,
  showsDrafts,
}: EvidenceFiltersProps) {
  const unit = units.find((candidate) => candidate.reference === filter.unit);
  const unitOptions = [
    { id: ANY, label: 'Any unit' },
    ...units
      .filter((candidate) => candidate.reference)
      .map((candidate) => ({
        id: candidate.reference ?? '',
        label: `${candidate.reference} ${candidate.title}`,
      })),
  ];
  const outcomeOptions = [
    { id: ANY, label: 'Any outcome' },
    ...(unit?.outcomes ?? []).map((outcome) => ({
      id: outcome.number,
      label: `${outcome.number}: ${outcome.title}`,
    })),
  ];
  const methodOptions = [
    { id: ANY, label: 'Any method' },
    ...ASSESSMENT_METHOD_KEYS.map((method) => ({
      id: method,
      label: `${methodCodes?.find((entry) => entry.method === method)?.code ?? ASSESSMENT_METHODS[method].code} – ${ASSESSMENT_METHODS[method].title}`,
    })),
  ];
  const statusOptions = [
    { id: ANY, label: 'Any status' },
    ...EVIDENCE_STATUSES.filter((status) => showsDrafts || status !== 'draft').map((status) => ({
      id: status,
      label: EVIDENCE_STATUS_WORDS[status],
    })),
  ];
  const chosen = (value: string | null) => (value === null || value === ANY ? undefined : value);

  return (
    <div className="evidence-filters" role="group" aria-label="Filter the evidence">
      <SelectField
        label="Unit"
        options={unitOptions}
        value={filter.unit ?? ANY}
        onChange={(value) => onChange({ ...filter, unit: chosen(value), outcome: undefined })}
      />
      <SelectField
        label="Learning outcome"
        description={unit ? undefined : 'Choose a unit first.'}
        options={outcomeOptions}
        value={filter.outcome ?? ANY}
        isDisabled={!unit}
        onChange={(value) => onChange({ ...filter, outcome: chosen(value) })}
      />
      <SelectField
        label="Method"
        options={methodOptions}
        value={filter.method ?? ANY}
        onChange={(value) =>
          onChange({ ...filter, method: chosen(value) as AssessmentMethod | undefined })
        }
      />
      <SelectField
        label="Status"
        options={statusOptions}
        value={filter.status ?? ANY}
        onChange={(value) =>
          onChange({ ...filter, status: chosen(value) as EvidenceStatus | undefined })
        }
      />
      {isFiltered(filter) ? (
        <div className="evidence-filters__clear">
          <Button variant="secondary" onPress={() => onChange({})}>
            Clear filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}
