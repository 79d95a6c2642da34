import { ApiError } from '../../../lib/api-client';
import { witnessLinkProblem } from './witness-link-problem';

describe('witnessLinkProblem', () => {
  it('gives a closed link the server’s words, which say why and whom to ask, with no retry', () => {
    const closed = new ApiError(410, {
      code: 'WITNESS_LINK_CLOSED',
      message: 'This link has expired. Ask Jordan Ellis for a new one.',
    });

    expect(witnessLinkProblem(closed)).toEqual({
      title: 'This link can no longer be used',
      message: 'This link has expired. Ask Jordan Ellis for a new one.',
      mayRetry: false,
    });
  });

  it('gives the server’s words when the learner’s portfolio takes nothing just now', () => {
    const closed = new ApiError(409, {
      code: 'CONFLICT',
      message:
        'Jordan Ellis’s portfolio is not taking new evidence just now. Ask Priya Shah whether your statement is still needed.',
    });

    expect(witnessLinkProblem(closed)).toMatchObject({
      message: closed.message,
      mayRetry: false,
    });
  });

  it('tells the witness an unknown link may be cut short, and to ask the sender', () => {
    const problem = witnessLinkProblem(new ApiError(404, { code: 'NOT_FOUND', message: '' }));

    expect(problem.title).toBe('This link does not work');
    expect(problem.message).toContain('opened the whole link');
    expect(problem.message).toContain('ask the person who sent it to you');
    expect(problem.mayRetry).toBe(false);
  });

  it('says how long to wait when the page is limited, and offers to try again', () => {
    const limited = new ApiError(429, { code: 'RATE_LIMITED', message: '' }, 120);

    expect(witnessLinkProblem(limited)).toMatchObject({
      title: 'Please wait a moment',
      message: expect.stringContaining('Wait 2 minutes, then try again.'),
      mayRetry: true,
    });
  });

  it('offers to try again when the server cannot be reached', () => {
    const unreachable = new ApiError(0, { code: 'UNAVAILABLE', message: '' });

    expect(witnessLinkProblem(unreachable).mayRetry).toBe(true);
  });
});
