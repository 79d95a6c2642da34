/** Minutes as a person says them: "7 hours 30 minutes", "45 minutes", "1 hour", "0 hours". */
export function durationInWords(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const words = [
    hours > 0 || minutes === 0
      ? `${hours.toLocaleString('en-GB')} ${hours === 1 ? 'hour' : 'hours'}`
      : '',
    minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
  ];
  return words.filter(Boolean).join(' ');
}
