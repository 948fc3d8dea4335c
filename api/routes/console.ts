/**
 * /console/ — the web console's built files (console/dist), and index.html for every other
 * path under it so the console's own routes survive a reload. Nothing the page loads comes
 * from elsewhere, and the content security policy every answer carries (api/http-hardening.ts)
 * says so to the browser too.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { projectRoot } from '../../config/env';

/** Where `npm start` builds the console (scripts/lib/console-build.ts) and the API serves it from. */
export const consoleDist = resolve(projectRoot, 'console', 'dist');

export interface ConsoleOptions {
  /** The built console (index.html and assets/). */
  dist: string;
}

export const consoleRoutes: FastifyPluginAsync<ConsoleOptions> = async (app, { dist }) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));

  if (!existsSync(resolve(dist, 'index.html'))) {
    // `npm run api` serves a console only when one was built beside it; it never builds one itself.
    app.get('/console/*', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(404).type('text/plain; charset=utf-8').send('控制台尚未构建：npm start 会构建它 / the console is not built: npm start builds it'),
    );
    return;
  }

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/console/',
    wildcard: false,
    schemaHide: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      // File names under assets/ carry their content hash, so a browser may keep them for good.
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
  app.get<{ Params: { '*': string } }>('/console/*', { schema: { hide: true } }, async (request, reply) => {
    // A missing script or style is a missing file, not a page of the console.
    if (request.params['*'].startsWith('assets/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
