import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/** The API's own paths: a miss there is the API's 404, never the console's page. */
const API_PATHS = /^\/(graphql|flows|reports|healthz)(\/|$)/;

/**
 * The page may load only what the build bundled from this origin (no CDN, nothing inline to run);
 * styles allow inline attributes because the chart library positions its tooltips with them.
 */
const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** dist/web under the project root, found from this file whether it runs from src/ (tests) or dist/src/ (npm start). */
export function consoleDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web');
}

/**
 * The web console built by `npm run build` (vite, into dist/web): its files, and its page for every
 * other GET that asks for HTML, so a client route such as /manage/versions/… survives a reload.
 */
export function consoleRoutes(dir: string = consoleDirectory()): RequestHandler[] {
  const index = path.join(dir, 'index.html');
  // bundled files carry a content hash in their names: they never change under the same name
  const files = express.static(dir, {
    index: false,
    setHeaders: (res, file) => res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const page: RequestHandler = (req, res, next) => {
    // a file name (a dot in the last segment) that static did not find is a missing file, not a client route
    const missingFile = path.posix.basename(req.path).includes('.');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || missingFile || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(404).type('text/plain; charset=utf-8').send('The console is not built: run npm run build.');
      return;
    }
    res.setHeader('content-security-policy', PAGE_POLICY);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
  return [files, page];
}
