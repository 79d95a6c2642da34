import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

/**
 * Serves the built web app: its hashed assets, and index.html for every other GET outside /api
 * so that client-side routes survive a reload. Unknown /api routes fall through to the API's 404.
 */
export function webApp(distDir: string): RequestHandler[] {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    return [
      (req, res, next) =>
        isAppPage(req)
          ? res.status(503).type('text/plain').send('The web app is not built: run npm run build')
          : next(),
    ];
  }
  return [
    express.static(distDir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      if (!isAppPage(req)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    },
  ];
}

function isAppPage(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.path.startsWith('/api/') &&
    req.path !== '/api'
  );
}
