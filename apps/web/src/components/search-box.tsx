import { useEffect, useRef, useState } from 'react';
import { Button as AriaButton, Input, Label, SearchField, Text } from 'react-aria-components';

export interface SearchBoxProps {
  label: string;
  /** What can be searched for, e.g. "Name, email or ULN." */
  description: string;
  /** The search words as the address holds them. */
  query: string;
  /** Asked for a search, a moment after the typing stops (or at once when cleared). */
  onChange: (query: string) => void;
  /** How many rows match, while searching; undefined while the answer is awaited. */
  matched: number | undefined;
  /** What the list holds: one, and more than one. */
  noun: { one: string; many: string };
}

/** How long typing may pause before the search is sent. */
export const SEARCH_DELAY_MS = 300;

/**
 * A search box over a list searched on the server: it sends the words once typing pauses, says
 * politely to screen readers how many match, and Escape (or the × button) clears it at once.
 * The words follow the address when it changes under it (back, forward).
 */
export function SearchBox({ label, description, query, onChange, matched, noun }: SearchBoxProps) {
  const [text, setText] = useState(query);
  const sent = useRef(query);

  useEffect(() => {
    if (query === sent.current) return;
    sent.current = query;
    setText(query);
  }, [query]);

  useEffect(() => {
    if (text.trim() === sent.current.trim()) return;
    const timer = setTimeout(() => {
      sent.current = text.trim();
      onChange(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  const clear = () => {
    setText('');
    sent.current = '';
    onChange('');
  };

  return (
    <div className="list-search">
      <SearchField
        className="field list-search__field"
        value={text}
        onChange={setText}
        onClear={clear}
      >
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
        {query === '' || matched === undefined
          ? ''
          : `${matched} ${matched === 1 ? `${noun.one} matches` : `${noun.many} match`}.`}
      </p>
    </div>
  );
}
