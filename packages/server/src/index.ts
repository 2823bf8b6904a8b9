/**
 * @daylight/server: the HTTP API and the web UI host.
 */
export { buildApp, API_PREFIX, type AppOptions } from './app.js';
export { ApiError, handleError } from './errors.js';
export { presentEntity, presentSource } from './routes/entities/entity.presenter.js';
