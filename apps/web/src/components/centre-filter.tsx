import { SelectField } from './select-field';

const ANY_CENTRE = 'any';

export interface CentreFilterProps {
  /** The centres the person runs; with only one there is nothing to choose. */
  centres: readonly { centreId: string; centreName: string }[];
  /** The list's filters, from its list hook; this one is `centre`. */
  filters: {
    values: Record<string, string>;
    onChange: (filter: string, value: string | null) => void;
  };
}

/** Narrows a list to one of the centres the admin runs (`?centre=`), when they run several. */
export function CentreFilter({ centres, filters }: CentreFilterProps) {
  if (centres.length < 2) return null;
  return (
    <SelectField
      label="Centre"
      options={[
        { id: ANY_CENTRE, label: 'Every centre' },
        ...centres.map((centre) => ({ id: centre.centreId, label: centre.centreName })),
      ]}
      value={filters.values['centre'] ?? ANY_CENTRE}
      onChange={(chosen) => filters.onChange('centre', chosen === ANY_CENTRE ? null : chosen)}
    />
  );
}
