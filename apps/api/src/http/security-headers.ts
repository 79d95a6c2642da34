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

function securityHeaders(directives: typeof baseDirectives, https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // HSTS is only for an origin served over https: on plain http it would pin a browser to an
    // https address that does not answer.
    strictTransportSecurity: https ? { maxAge: YEAR_SECONDS, includeSubDomains: true } : false,
    // CSP frame-ancestors says it, more strictly (X-Frame-Options cannot say 'none').
    xFrameOptions: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Helmet tightened past its defaults for the app and the API, at the origin people use. */
export function securityHeadersByRoute(publicOrigin: string): RequestHandler {
  const https = new URL(publicOrigin).protocol === 'https:';
  const appHeaders = securityHeaders(baseDirectives, https);
  // Swagger UI needs inline styles and an inline bootstrap of its own; only at /api/docs.
  const docsHeaders = securityHeaders(
    {
      ...baseDirectives,
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
    https,
  );
  return (req, res, next) =>
    (req.path.startsWith('/api/docs') ? docsHeaders : appHeaders)(req, res, next);
}
