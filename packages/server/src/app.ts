/**
 * The Daylight HTTP server: the API under /api/v1 (described by OpenAPI) and the web UI at /.
 * Fastify was chosen over Hono for its mature static-file, OpenAPI and zod integrations and its
 * measured throughput on this machine (see docs/ARCHITECTURE.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Store } from '@daylight/store';
import { handleError } from './errors.js';
import { analysisRoutes } from './routes/analysis/analysis.routes.js';
import { entitiesRoutes } from './routes/entities/entities.routes.js';
import { healthRoutes } from './routes/health/health.routes.js';
import { matchRoutes } from './routes/match/match.routes.js';
import { duplicatesRoutes } from './routes/resolver/duplicates.routes.js';
import { searchRoutes } from './routes/search/search.routes.js';
import { reviewRoutes } from './routes/review/review.routes.js';

/** What the server needs. */
export interface AppOptions {
  readonly store: Store;
  /** The built web UI (packages/web/dist); the UI is not served when absent. */
  readonly webRoot?: string | undefined;
  /** Log requests (pino, JSON lines on stdout). */
  readonly logger?: boolean;
  readonly version?: string;
}

/** The API prefix. */
export const API_PREFIX = '/api/v1';

/**
 * Builds the app (not listening yet; tests call `app.inject`).
 * @param options - store, web root, logging
 * @returns the Fastify instance, ready
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', (_request, reply, payload, done) => {
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('X-Frame-Options', 'DENY');
    void reply.header('Referrer-Policy', 'no-referrer');
    done(null, payload);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Daylight API',
        description: 'An investigative database of the surveillance industry; every fact carries its source.',
        version: options.version ?? '0.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const version = options.version ?? '0.0.0';
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { store: options.store, version });
      await api.register(entitiesRoutes, { store: options.store });
      await api.register(searchRoutes, { store: options.store });
      await api.register(duplicatesRoutes, { store: options.store });
      await api.register(analysisRoutes, { store: options.store });
      await api.register(reviewRoutes, { store: options.store });
      api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    },
    { prefix: API_PREFIX },
  );
  // yente-compatible matching (`/match/{dataset}`, `/search/{dataset}`), where yente clients look.
  await app.register(matchRoutes, { store: options.store });

  const webRoot = options.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (request.method === 'GET' && hasWeb && !path.startsWith('/api/') && wantsPage) {
      // Client-side routes (/entities/…, whatever characters the id has) get the app shell when
      // a browser navigates to them; a missing asset stays a 404.
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: { id: 'not_found', message: `No route for ${request.method} ${path}.` },
    });
  });
  await app.ready();
  return app;
}
