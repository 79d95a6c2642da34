import { Button } from '../../../components/button';
import { isApiError } from '../../../lib/api-client';
import type { SaveState } from '../lib/autosave';

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });

/** The line beside a draft's main action: whether what is on screen is saved, and why not. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const words =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved at ${TIME_FORMAT.format(state.at)}`
        : state.kind === 'waiting' || state.kind === 'failed'
          ? state.message
          : 'Changes are saved as you type.';
  return (
    <div className="save-status">
      <p
        role="status"
        className={
          state.kind === 'failed'
            ? 'save-status__text save-status__text--failed'
            : 'save-status__text'
        }
      >
        {words}
      </p>
      {state.kind === 'failed' && !isApiError(state.error, 'UNAUTHENTICATED') ? (
        <Button variant="secondary" className="button--small" onPress={onRetry}>
          Try saving again
        </Button>
      ) : null}
    </div>
  );
}
