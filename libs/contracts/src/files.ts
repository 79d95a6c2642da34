/** `GET /api/files/limits`: what the server will take, so the web app can say so before sending. */
export interface UploadLimits {
  /** Of one file, in bytes (`UPLOAD_MAX_BYTES`). */
  maxBytes: number;
}

const SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size as people read it (binary multiples, as file managers on phones and laptops show). */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded =
    unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${rounded} ${SIZE_UNITS[unit]}`;
}
