/**
 * Why an upload was refused. Plain classes so the evidence capability can map them to HTTP
 * (413, 415, 400) without this module knowing about HTTP. When one is thrown the staging file
 * is already gone.
 */
export abstract class UploadRefused extends Error {
  abstract readonly reason: string;
}

/**
 * More bytes than allowed. Reading stopped at the limit without destroying the source, so the
 * caller can still answer; it should add `Connection: close` so the rest of the body is not read.
 */
export class UploadTooLarge extends UploadRefused {
  readonly reason = 'too-large';

  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${maxBytes} bytes`);
  }
}

/** The content is not one of the allowed kinds; `seen` says what it looked like instead. */
export class UnsupportedContentType extends UploadRefused {
  readonly reason = 'unsupported-content-type';

  constructor(readonly seen: string) {
    super(`This kind of file is not accepted (${seen})`);
  }
}

export class UploadEmpty extends UploadRefused {
  readonly reason = 'empty';

  constructor() {
    super('The file is empty');
  }
}

/** The body ended early or errored: the client went away, the connection broke. */
export class UploadAborted extends UploadRefused {
  readonly reason = 'aborted';

  constructor(cause?: unknown) {
    super('The upload was interrupted before the file was complete', { cause });
  }
}
