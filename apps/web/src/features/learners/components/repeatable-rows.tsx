import { useRef, type ReactNode } from 'react';
import { Button } from '../../../components/button';

export interface RepeatableRowsProps<Row extends { key: string }> {
  legend: string;
  rows: readonly Row[];
  /** What one row is, as in "Remove prior qualification 2": "prior qualification". */
  rowNoun: string;
  addLabel: string;
  /** Appends a row; the caller moves focus into it. */
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (row: Row, index: number) => ReactNode;
}

/**
 * A list the person grows and shrinks (prior qualifications, English results): each row a
 * fieldset with its own legend and a Remove button named for it; after a removal focus goes to
 * the Add button, so keyboard and screen-reader users are not dropped at the top of the page.
 */
export function RepeatableRows<Row extends { key: string }>({
  legend,
  rows,
  rowNoun,
  addLabel,
  onAdd,
  onRemove,
  children,
}: RepeatableRowsProps<Row>) {
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{legend}</legend>
      {rows.length === 0 ? (
        <p className="field-hint">None recorded.</p>
      ) : (
        rows.map((row, index) => (
          <fieldset key={row.key} className="form-row">
            <legend className="form-row__legend">
              {rowNoun.charAt(0).toUpperCase()}
              {rowNoun.slice(1)} {index + 1}
            </legend>
            <div className="field-grid field-grid--halves">{children(row, index)}</div>
            <Button
              variant="secondary"
              className="button--small"
              aria-label={`Remove ${rowNoun} ${index + 1}`}
              onPress={() => {
                onRemove(index);
                addRef.current?.focus();
              }}
            >
              Remove
            </Button>
          </fieldset>
        ))
      )}
      <Button ref={addRef} variant="secondary" className="button--small" onPress={onAdd}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
