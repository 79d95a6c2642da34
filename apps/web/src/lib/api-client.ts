import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorEnvelope,
  type FieldError,
} from '@signoff/contracts';

/**
 * A failed API call, carrying the server's error envelope. The client only reports: deciding
 * whether to redirect, retry or show words is left to whoever made the call.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  /** From a 429's Retry-After header, when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    envelope: ErrorEnvelope,
    retryAfterSeconds: number | undefined = undefined,
  ) {
    super(envelope.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = envelope.code;
    this.errors = envelope.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_CODES;
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return isErrorCode(candidate['code']) && typeof candidate['message'] === 'string';
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  if (status >= 400 && status < 500) return 'MALFORMED_REQUEST';
  return 'INTERNAL';
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  return parseText(await response.text());
}

/** A body sent as it is, e.g. a CSV file's text, rather than as JSON. */
interface RawBody {
  contentType: string;
  text: string;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  raw?: RawBody,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json' };
  if (raw) headers['Content-Type'] = raw.contentType;
  else if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ? raw.text : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'UNAVAILABLE', message: 'The server could not be reached.' });
  }

  const payload = await readBody(response);
  if (!response.ok) {
    throw failure(response.status, payload, response.headers.get('Retry-After'));
  }
  return payload as T;
}

function failure(status: number, payload: unknown, retryAfter: string | null): ApiError {
  // A bare answer (a proxy's 502, say) has no words for a person: the code's own are used.
  const envelope: ErrorEnvelope = isEnvelope(payload)
    ? payload
    : { code: codeForStatus(status), message: '' };
  return new ApiError(status, envelope, parseRetryAfter(retryAfter));
}

function parseText(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface UploadOptions {
  /** Bytes sent so far of the total, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void;
  /** Aborting stops the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Whether a failed upload was stopped by the person rather than refused. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/*
 * XMLHttpRequest rather than fetch: only it reports how much of a request body has been sent,
 * which a learner uploading a video over a phone connection needs to see.
 */
function upload<T>(path: string, body: Blob, { onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const payload = parseText(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(failure(xhr.status, payload, xhr.getResponseHeader('Retry-After')));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, { code: 'UNAVAILABLE', message: 'The server could not be reached.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

export const apiClient = {
  get: <T>(path: string) => request<T>('GET', path),
  /** `headers`: the request's own, such as an `Idempotency-Key` that makes a retry safe. */
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request<T>('POST', path, body ?? {}, undefined, headers),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Posts text as it is, with its own content type (a CSV file as `text/csv`). */
  postText: <T>(path: string, text: string, contentType: string) =>
    request<T>('POST', path, undefined, { contentType, text }),
  /** Posts a file as the request body (`application/octet-stream`), reporting progress. */
  upload: <T>(path: string, file: Blob, options: UploadOptions = {}) =>
    upload<T>(path, file, options),
};
