import { waitInWords } from '@signoff/domain';
import { isApiError } from '../../../lib/api-client';

/** A page for a witness whose link cannot be used now: what happened and what to do. */
export interface WitnessLinkProblem {
  title: string;
  message: string;
  /** Whether trying again later may work (a limit, a lost connection), so a button offers it. */
  mayRetry: boolean;
}

const ASK_THE_SENDER = 'Ask the person who sent it to you to send a new request.';

/**
 * Why the witness's page cannot be shown or their statement was not taken, in words for someone
 * with no account who knows only who sent them the link. A closed link (expired, withdrawn,
 * already used) gets the server's words, which say which and name the person who asked.
 */
export function witnessLinkProblem(error: unknown): WitnessLinkProblem {
  if (isApiError(error, 'WITNESS_LINK_CLOSED'))
    return {
      title: 'This link can no longer be used',
      message:
        error.message || `This link has expired, was withdrawn or has been used. ${ASK_THE_SENDER}`,
      mayRetry: false,
    };
  // The learner's portfolio is closed for now (a break in learning, say): the server names who to ask.
  if (isApiError(error, 'CONFLICT'))
    return {
      title: 'Your statement cannot be taken just now',
      message: error.message || ASK_THE_SENDER,
      mayRetry: false,
    };
  if (isApiError(error, 'NOT_FOUND'))
    return {
      title: 'This link does not work',
      message: `There is no request for a statement at this address. Check that you opened the whole link, exactly as you received it. If it still does not work, ${ASK_THE_SENDER.charAt(0).toLowerCase()}${ASK_THE_SENDER.slice(1)}`,
      mayRetry: false,
    };
  if (isApiError(error, 'RATE_LIMITED')) {
    const wait = error.retryAfterSeconds ? waitInWords(error.retryAfterSeconds) : 'a few minutes';
    return {
      title: 'Please wait a moment',
      message: `This page has been opened or sent too many times in a short while. Wait ${wait}, then try again. Nothing you wrote has been sent yet.`,
      mayRetry: true,
    };
  }
  if (isApiError(error, 'UNAVAILABLE') || isApiError(error, 'INTERNAL'))
    return {
      title: 'The page cannot be reached right now',
      message:
        'Check your connection and try again in a moment. If it keeps happening, let the person who sent you the link know.',
      mayRetry: true,
    };
  return {
    title: 'Something went wrong',
    message: `The page could not be shown. Try again in a moment; if it keeps happening, let the person who sent you the link know.`,
    mayRetry: true,
  };
}
