import type { ReactNode } from 'react';
import {
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from 'react-aria-components';
import type { ListSort } from '../lib/list-address';
import { SelectField } from './select-field';

export interface DataColumn<Item> {
  /** The column's key; for a sortable column, the list route's sort field. */
  id: string;
  title: string;
  /** Said to screen readers only, as for a column of actions. */
  isTitleHidden?: boolean;
  /** The cell that names the row (one column must). */
  isRowHeader?: boolean;
  allowsSorting?: boolean;
  className?: string;
  cell: (item: Item) => ReactNode;
}

export interface TableSort {
  descriptor: ListSort | undefined;
  /** `null`: back to the list's usual order. */
  onSortChange: (sort: ListSort | null) => void;
}

export interface DataTableProps<Item extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  columns: readonly DataColumn<Item>[];
  items: readonly Item[];
  /** The list's order, kept by its list hook; sortable columns sort on the server. */
  sort?: TableSort;
  /** Said in place of rows when there are none. */
  empty: ReactNode;
  className?: string;
}

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/**
 * A list of records as a table: react-aria's grid, so arrow keys move between rows and cells
 * (and into a cell's link or buttons), sortable columns say how they are sorted, and an empty
 * list says so in a row of its own. On narrow screens each row becomes a card with each cell
 * after its column's title (the header stays for screen readers), and a "Sort by" choice stands
 * in for the column headers.
 */
export function DataTable<Item extends { id: string }>({
  label,
  columns,
  items,
  sort,
  empty,
  className,
}: DataTableProps<Item>) {
  const sortable = sort ? columns.filter((column) => column.allowsSorting) : [];
  return (
    <div className="data-table">
      {sort && sortable.length > 0 ? <PhoneSortChoice columns={sortable} sort={sort} /> : null}
      <Table
        aria-label={label}
        className={className ? `table ${className}` : 'table'}
        sortDescriptor={sort?.descriptor as SortDescriptor | undefined}
        onSortChange={(descriptor) =>
          sort?.onSortChange({ column: String(descriptor.column), direction: descriptor.direction })
        }
      >
        <TableHeader columns={columns}>
          {(column) => (
            <Column
              id={column.id}
              isRowHeader={column.isRowHeader}
              allowsSorting={Boolean(sort) && column.allowsSorting}
              className={column.allowsSorting && sort ? 'table__sortable' : undefined}
            >
              {({ sortDirection }) =>
                column.isTitleHidden ? (
                  <span className="visually-hidden">{column.title}</span>
                ) : (
                  <>
                    {column.title}
                    {column.allowsSorting && sort ? (
                      <span aria-hidden="true" className="table__sort-arrow">
                        {sortDirection ? ARROWS[sortDirection] : '↕'}
                      </span>
                    ) : null}
                  </>
                )
              }
            </Column>
          )}
        </TableHeader>
        <TableBody
          items={items}
          dependencies={[columns]}
          renderEmptyState={() => <div className="table__empty">{empty}</div>}
        >
          {(item) => (
            <Row id={item.id} columns={columns}>
              {(column) => (
                <Cell
                  className={column.className}
                  data-label={column.isRowHeader || column.isTitleHidden ? undefined : column.title}
                >
                  {column.cell(item)}
                </Cell>
              )}
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

const USUAL = 'usual';

/** On narrow screens, where the column headers are hidden: the same order, as one choice. */
function PhoneSortChoice<Item>({
  columns,
  sort,
}: {
  columns: readonly DataColumn<Item>[];
  sort: TableSort;
}) {
  const options = [
    { id: USUAL, label: 'The usual order' },
    ...columns.flatMap((column) => [
      { id: `${column.id}:ascending`, label: `${column.title}, ascending` },
      { id: `${column.id}:descending`, label: `${column.title}, descending` },
    ]),
  ];
  const current = sort.descriptor
    ? `${sort.descriptor.column}:${sort.descriptor.direction}`
    : USUAL;
  return (
    <SelectField
      className="data-table__phone-sort"
      label="Sort by"
      options={options}
      value={current}
      onChange={(value) => {
        if (value === null || value === USUAL) return sort.onSortChange(null);
        const [column, direction] = value.split(':');
        sort.onSortChange({ column, direction: direction as ListSort['direction'] });
      }}
    />
  );
}
