import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'signoff_session';

export function sessionTokenOf(req: Request): string | undefined {
  const value: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function cookieOptions(publicOrigin: string): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: publicOrigin.startsWith('https:'), path: '/' };
}

export function setSessionCookie(
  res: Response,
  token: string,
  publicOrigin: string,
  maxAgeMs: number,
): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(publicOrigin), maxAge: maxAgeMs });
}

export function clearSessionCookie(res: Response, publicOrigin: string): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(publicOrigin));
}
