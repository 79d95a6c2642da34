import { fixedWindowStart, refuseUntilWindowEnds } from './fixed-window';

describe('fixedWindowStart', () => {
  it.each([
    ['2026-11-23T10:07:30Z', 900, '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T10:15:00Z', 900, '2026-11-23T10:15:00.000Z'],
    ['2026-11-23T10:59:59Z', 3600, '2026-11-23T10:00:00.000Z'],
  ])('starts the window holding %s (%i s) at %s', (now, seconds, start) => {
    expect(fixedWindowStart(new Date(now), seconds).toISOString()).toBe(start);
  });
});

describe('refuseUntilWindowEnds', () => {
  it.each([
    ['2026-11-23T10:07:30Z', 900, 450],
    ['2026-11-23T10:14:59.999Z', 900, 1],
    ['2026-11-23T10:00:00Z', 3600, 3600],
  ])('at %s in a %i s window asks to retry after %i s', (now, seconds, retryAfterSeconds) => {
    expect(refuseUntilWindowEnds(new Date(now), seconds)).toEqual({
      allowed: false,
      retryAfterSeconds,
    });
  });
});
