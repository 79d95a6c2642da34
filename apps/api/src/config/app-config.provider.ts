import { Inject } from '@nestjs/common';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injects the AppConfig parsed at start. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);
