import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CrossOriginFacts {
  method: string;
  secFetchSite: string | undefined;
  origin: string | undefined;
  host: string | undefined;
  publicOrigin: string;
}

/**
 * CSRF protection as Go's http.CrossOriginProtection does it: browsers say where a request comes
 * from in Sec-Fetch-Site; older ones only in Origin. Requests without either are not from a
 * browser page (curl, server-to-server) and cannot carry a victim's cookie by trickery.
 */
export function isCrossOriginRequest(facts: CrossOriginFacts): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return false;
  if (facts.secFetchSite !== undefined) {
    return facts.secFetchSite !== 'same-origin' && facts.secFetchSite !== 'none';
  }
  if (facts.origin === undefined) return false;
  const originHost = hostOf(facts.origin);
  if (originHost === null) return true;
  return originHost !== facts.host?.toLowerCase() && originHost !== hostOf(facts.publicOrigin);
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

export function crossOriginProtection(publicOrigin: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refused = isCrossOriginRequest({
      method: req.method,
      secFetchSite: req.get('sec-fetch-site'),
      origin: req.get('origin'),
      host: req.get('host'),
      publicOrigin,
    });
    if (!refused) return next();
    res
      .status(403)
      .json({ code: 'CROSS_ORIGIN_REQUEST', message: 'Cross-origin requests are refused' });
  };
}
