import { Inject } from '@nestjs/common';

/**
 * What this process runs the application module for: `server` answers HTTP (and runs the
 * background work); `cli` runs one maintenance command (or the demo seed before the server
 * starts) and then stops, so it starts no HTTP listener, housekeeping or job workers.
 */
export type ProcessRole = 'server' | 'cli';

export const APP_ROLE_IN_PROCESS = Symbol('APP_ROLE_IN_PROCESS');

/** Injects the ProcessRole the module was registered with. */
export const InjectProcessRole = (): ParameterDecorator => Inject(APP_ROLE_IN_PROCESS);
