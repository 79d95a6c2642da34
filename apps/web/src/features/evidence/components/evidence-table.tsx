import { ASSESSMENT_METHODS, type EvidenceSummary, type Unit } from '@signoff/contracts';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useEvidenceList } from '../api/get-evidence-list';
import type { CentreMethodCode } from '../api/get-method-codes';
import { claimsByUnit } from '../../../lib/evidence-claims';
import { filterFromSearch, isFiltered, searchWithFilter } from '../lib/evidence-filter';
import { EvidenceFilters } from './evidence-filters';
import type { Countersigner } from '../lib/evidence-status';
import { EvidenceStatusBadge } from './evidence-status-badge';

function countInWords(count: number, filtered: boolean): string {
  const items = count === 1 ? '1 item' : `${count} items`;
  if (!filtered) return `${items}.`;
  return `${items} ${count === 1 ? 'matches' : 'match'} the filters.`;
}

function MapsTo({ item }: { item: EvidenceSummary }) {
  const groups = claimsByUnit(item.claims);
  if (groups.length === 0) return <span className="muted">Not mapped yet</span>;
  return (
    <ul className="plain-list evidence-maps">
      {groups.map((group) => (
        <li key={group.unit}>
          <span className="evidence-maps__unit">{group.unit}</span>{' '}
          <span className="visually-hidden">outcomes </span>
          {group.outcomes
            .map((outcome) =>
              outcome.whole
                ? outcome.outcome
                : outcome.criteria.map((criterion) => criterion.number).join(', '),
            )
            .join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** The list's element, which other parts of the page move the reader to. */
export const EVIDENCE_LIST_ID = 'evidence-list';

export interface EvidenceTableProps {
  enrolmentId: string;
  units: readonly Unit[];
  methodCodes: readonly CentreMethodCode[] | undefined;
  /** Where each item's title leads. */
  linkTo: (item: EvidenceSummary) => string;
  /** Said when the portfolio has nothing yet. */
  empty: string;
  label: string;
  /** Drafts are the learner's alone: the API lists them only to their author. */
  showsDrafts: boolean;
  /** Whose countersignature a record awaits, as the reader is told. */
  countersigner?: Countersigner;
}

/**
 * An enrolment's portfolio, filtered by what the address asks for: a filtered list survives a
 * reload and can be shared.
 */
export function EvidenceTable({
  enrolmentId,
  units,
  methodCodes,
  linkTo,
  empty,
  label,
  showsDrafts,
  countersigner,
}: EvidenceTableProps) {
  const [params, setParams] = useSearchParams();
  const filter = filterFromSearch(params);
  const { list, pager, sort } = useEvidenceList(enrolmentId, filter);
  const filtered = isFiltered(filter);
  const columns: readonly DataColumn<EvidenceSummary>[] = [
    {
      id: 'title',
      title: 'Title',
      isRowHeader: true,
      allowsSorting: true,
      className: 'table__name',
      cell: (item) => (
        <Link to={linkTo(item)}>{item.title.trim() === '' ? 'Untitled draft' : item.title}</Link>
      ),
    },
    {
      id: 'method',
      title: 'Method',
      allowsSorting: true,
      cell: (item) => (
        <>
          <abbr title={ASSESSMENT_METHODS[item.method].title} className="method-code">
            {item.methodCode}
          </abbr>
          <span className="visually-hidden"> ({ASSESSMENT_METHODS[item.method].title})</span>
        </>
      ),
    },
    {
      id: 'activityDate',
      title: 'Date',
      allowsSorting: true,
      cell: (item) => formatDay(item.activityDate),
    },
    {
      id: 'status',
      title: 'Status',
      allowsSorting: true,
      cell: (item) => (
        <>
          <EvidenceStatusBadge status={item.status} countersigner={countersigner} />
          {item.version > 1 ? <span className="muted"> version {item.version}</span> : null}
        </>
      ),
    },
    { id: 'mapsTo', title: 'Maps to', cell: (item) => <MapsTo item={item} /> },
    { id: 'files', title: 'Files', cell: (item) => item.fileCount },
  ];

  return (
    <div className="evidence-list" id={EVIDENCE_LIST_ID} tabIndex={-1}>
      <EvidenceFilters
        filter={filter}
        units={units}
        methodCodes={methodCodes}
        showsDrafts={showsDrafts}
        onChange={(next) => setParams(searchWithFilter(params, next), { replace: true })}
      />
      <p role="status" className="evidence-list__count">
        {list.data ? countInWords(list.data.total, filtered) : null}
      </p>
      {list.isPending ? (
        <p>Loading the evidence…</p>
      ) : list.isError ? (
        <FormAlert message={describeError(list.error)} />
      ) : list.data.total === 0 ? (
        <p>{filtered ? 'No evidence matches these filters.' : empty}</p>
      ) : (
        <>
          <DataTable
            label={label}
            className="evidence-table"
            columns={columns}
            items={list.data.items}
            sort={sort}
            empty={filtered ? 'No evidence matches these filters.' : empty}
          />
          <Pager
            noun={{ one: 'item of evidence', many: 'items of evidence' }}
            {...pager}
            shown={list.data.items.length}
            total={list.data.total}
          />
        </>
      )}
    </div>
  );
}
