/**
 * Presenters without the HTTP server, for the CLI (which should not load Fastify to print an
 * entity).
 */
export { presentEntity, presentSource } from './routes/entities/entity.presenter.js';
