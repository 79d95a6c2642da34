import { SelectField } from './select-field';

const ANY_CENTRE = 'any';

export interface CentreFilterProps {
  /** The centres the person runs; with only one there is nothing to choose. */
  centres: readonly { centreId: string; centreName: string }[];
  value: string | undefined;
  onChange: (centreId: string | null) => void;
}

/** Narrows a list to one of the centres the admin runs (`?centre=`), when they run several. */
export function CentreFilter({ centres, value, onChange }: CentreFilterProps) {
  if (centres.length < 2) return null;
  return (
    <SelectField
      label="Centre"
      options={[
        { id: ANY_CENTRE, label: 'Every centre' },
        ...centres.map((centre) => ({ id: centre.centreId, label: centre.centreName })),
      ]}
      value={value ?? ANY_CENTRE}
      onChange={(chosen) => onChange(chosen === ANY_CENTRE ? null : chosen)}
    />
  );
}
