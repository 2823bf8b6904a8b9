/**
 * The typed client of Daylight's HTTP API. Every response is parsed with the zod schemas that the
 * server validates against (`@daylight/core/api`), so a drifted server fails loudly here instead
 * of rendering half-understood data.
 */
import {
  entityDetailSchema,
  errorResponseSchema,
  healthResponseSchema,
  searchResponseSchema,
  type EntityDetail,
  type HealthResponse,
  type SearchResponse,
} from '@daylight/core/api';
import type { z } from 'zod';

/** The API's root path; the dev server proxies it to the Daylight server. */
export const API_BASE = '/api/v1';

/** An API call that failed: an error response, a network failure or an unexpected body. */
export class ApiError extends Error {
  /**
   * @param status - the HTTP status, or null when no response arrived
   * @param id - a stable machine id (`not_found`, `network`, `bad_response`, …)
   * @param message - what went wrong, for people
   */
  constructor(
    readonly status: number | null,
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Fetches a JSON resource and parses it.
 * @param path - a path under {@link API_BASE}, with its query string
 * @param schema - the zod schema of a successful response
 * @param signal - aborts the request
 * @returns the parsed body
 * @throws ApiError for an error status, a network failure or a body that does not match `schema`
 */
async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(null, 'network', `Could not reach the Daylight server (${describe(error)}).`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.id, parsed.data.error.message);
    throw new ApiError(
      response.status,
      'http',
      `The server answered ${response.status} ${response.statusText}`.trim() + '.',
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError(
      response.status,
      'bad_response',
      `The server sent a response this page does not understand${where}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  return parsed.data;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `GET /api/v1/health`.
 * @param signal - aborts the request
 * @returns the server's status and the store's size
 */
export function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return getJson('/health', healthResponseSchema, signal);
}

/** What to search for. */
export interface SearchRequest {
  readonly q: string;
  /** An FtM schema name, or null for any. */
  readonly schema: string | null;
  readonly limit: number;
}

/**
 * `GET /api/v1/search`.
 * @param request - the query, schema filter and limit
 * @param signal - aborts the request
 * @returns the hits, best first
 */
export function searchEntities(request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q: request.q, limit: String(request.limit) });
  if (request.schema) params.set('schema', request.schema);
  return getJson(`/search?${params.toString()}`, searchResponseSchema, signal);
}

/**
 * `GET /api/v1/entities/:id`.
 * @param id - the entity id
 * @param signal - aborts the request
 * @returns the entity with the sources of every value
 * @throws ApiError with status 404 when there is no such entity
 */
export function getEntity(id: string, signal?: AbortSignal): Promise<EntityDetail> {
  return getJson(`/entities/${encodeURIComponent(id)}`, entityDetailSchema, signal);
}
