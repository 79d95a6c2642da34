import { pagePosition, type PagePlace } from '../lib/page-position';
import { Button } from './button';

export interface PagerProps extends PagePlace {
  limit: number;
  /** Asked for the offset of the page to show. */
  onChange: (offset: number) => void;
}

/** Where this page sits in a list ("Showing 51–100 of 1,234 learners") and the way on. */
export function Pager({ noun, offset, limit, shown, total, onChange }: PagerProps) {
  if (total === 0) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${noun.many}`}>
      <p className="pager__position">{pagePosition({ noun, offset, shown, total })}</p>
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
