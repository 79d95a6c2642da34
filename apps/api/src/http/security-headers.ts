import helmet from 'helmet';
import type { RequestHandler } from 'express';

const YEAR_SECONDS = 365 * 24 * 3600;

const baseDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  // Local installs run on plain HTTP; forcing an upgrade would break them.
  upgradeInsecureRequests: null,
};

function securityHeaders(directives: typeof baseDirectives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: { maxAge: YEAR_SECONDS, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Helmet tightened past its defaults for the app and the API. */
const appHeaders = securityHeaders(baseDirectives);

/** Swagger UI needs inline styles and an inline bootstrap of its own; only at /api/docs. */
const docsHeaders = securityHeaders({
  ...baseDirectives,
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
});

export const securityHeadersByRoute: RequestHandler = (req, res, next) =>
  (req.path.startsWith('/api/docs') ? docsHeaders : appHeaders)(req, res, next);
