import type { CentreWitness } from '@signoff/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { Button } from '../../../components/button';

export interface WitnessRegisterTableProps {
  witnesses: readonly CentreWitness[];
  /** For those who keep the register: a change button on each row. */
  onChange?: (witness: CentreWitness) => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The centre's witnesses: who they are, whether expert (with their competence), what they gave. */
export function WitnessRegisterTable({ witnesses, onChange }: WitnessRegisterTableProps) {
  const columns: DataColumn<CentreWitness>[] = [
    {
      id: 'name',
      title: 'Name',
      isRowHeader: true,
      className: 'table__name',
      cell: (witness) => (
        <>
          {witness.name}
          <span className="witness-register__email">{witness.email}</span>
        </>
      ),
    },
    { id: 'jobRole', title: 'Job role', cell: (witness) => witness.jobRole },
    {
      id: 'expert',
      title: 'Expert witness',
      cell: (witness) =>
        witness.expert ? (
          <>
            Yes
            {witness.occupationalCompetence ? (
              <span className="witness-register__competence">{witness.occupationalCompetence}</span>
            ) : null}
          </>
        ) : (
          'No'
        ),
    },
    {
      id: 'testimonies',
      title: 'Testimonies given',
      cell: (witness) => plural(witness.testimonies, 'testimony', 'testimonies'),
    },
  ];
  if (onChange)
    columns.push({
      id: 'actions',
      title: 'Actions',
      isTitleHidden: true,
      cell: (witness) => (
        <Button
          variant="secondary"
          className="button--small"
          aria-label={`Change ${witness.name}`}
          onPress={() => onChange(witness)}
        >
          Change
        </Button>
      ),
    });
  return (
    <DataTable
      label="Witnesses"
      columns={columns}
      items={witnesses}
      className="witness-register"
      empty="No witnesses yet. A witness is added here when someone asks them for a statement, or by hand."
    />
  );
}
