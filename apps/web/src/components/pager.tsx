import { Button } from './button';

export interface PagerProps {
  /** What the list holds (plural), e.g. "learners". */
  noun: string;
  offset: number;
  limit: number;
  /** Rows on this page, and in the whole list. */
  shown: number;
  total: number;
  /** Asked for the offset of the page to show. */
  onChange: (offset: number) => void;
}

const count = new Intl.NumberFormat('en-GB');

/** Where this page sits in a list ("Showing 51–100 of 1,234") and the way to the next one. */
export function Pager({ noun, offset, limit, shown, total, onChange }: PagerProps) {
  if (total === 0) return null;
  const first = Math.min(offset + 1, total);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager__position">
        Showing {count.format(first)}–{count.format(offset + shown)} of {count.format(total)} {noun}
      </p>
      {total > limit ? (
        <div className="pager__buttons">
          <Button
            variant="secondary"
            isDisabled={offset === 0}
            onPress={() => onChange(Math.max(0, offset - limit))}
          >
            Previous page
          </Button>
          <Button
            variant="secondary"
            isDisabled={offset + limit >= total}
            onPress={() => onChange(offset + limit)}
          >
            Next page
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
