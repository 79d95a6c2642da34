import type { ReactNode } from 'react';
import { Button as AriaButton, Input, Label, SearchField, Text } from 'react-aria-components';

export interface ListSearchProps {
  label: string;
  /** What can be searched for, e.g. "Name, email or ULN." */
  description: string;
  query: string;
  onChange: (query: string) => void;
  /** How many rows match, of how many, and what they are (plural). */
  shown: number;
  total: number;
  noun: string;
  /** Said in place of the list when nothing matches. */
  noMatch: string;
  /** The list, shown while anything matches. */
  children: ReactNode;
}

/**
 * A search box over a list, with the count of matches said politely to screen readers as the
 * list narrows, and the list itself (or a word that nothing matches). Escape clears it.
 */
export function ListSearch({
  label,
  description,
  query,
  onChange,
  shown,
  total,
  noun,
  noMatch,
  children,
}: ListSearchProps) {
  return (
    <>
      <div className="list-search">
        <SearchField className="field list-search__field" value={query} onChange={onChange}>
          <Label className="field__label">{label}</Label>
          <Text slot="description" className="field__description">
            {description}
          </Text>
          <div className="list-search__box">
            <Input className="field__input list-search__input" />
            <AriaButton className="list-search__clear" aria-label="Clear the search">
              ×
            </AriaButton>
          </div>
        </SearchField>
        <p role="status" className="list-search__count">
          {query.trim() === '' ? '' : `${shown} of ${total} ${noun} match.`}
        </p>
      </div>
      {shown === 0 ? <p>{noMatch}</p> : children}
    </>
  );
}
