/**
 * How long someone must wait before trying again, as a person would say it: a limit's
 * Retry-After in whole seconds under a minute, else in minutes rounded up.
 */
export function waitInWords(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} second${whole === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
