/**
 * The API's one error type and the one place that turns any error into a response
 * `{error: {id, message}}`. Clients never see a stack trace.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DaylightError } from '@daylight/core';

/** An error with an HTTP status and a stable machine id. */
export class ApiError extends Error {
  /**
   * @param status - HTTP status
   * @param id - stable machine id
   * @param message - a helpful sentence
   */
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP status for each DaylightError id; user errors not listed are 400. */
const STATUS_BY_ID: Record<string, number> = {
  entity_not_found: 404,
  entity_ambiguous: 409,
  store_unavailable: 503,
};

/**
 * Fastify error handler: every error becomes `{error: {id, message}}`.
 * @param error - what was thrown
 * @param request - the request
 * @param reply - the reply
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    void reply.status(error.status).send({ error: { id: error.id, message: error.message } });
    return;
  }
  if (error instanceof DaylightError) {
    const status = STATUS_BY_ID[error.id] ?? (error.userError ? 400 : 500);
    void reply.status(status).send({ error: { id: error.id, message: error.message } });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation
      .map(
        (v) =>
          `${v.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'request'}: ${v.message ?? 'invalid'}`,
      )
      .join('; ');
    void reply.status(400).send({
      error: {
        id: 'invalid_request',
        message: `Invalid ${error.validationContext ?? 'request'}: ${details}`,
      },
    });
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    void reply.status(status).send({ error: { id: 'bad_request', message: error.message } });
    return;
  }
  request.log.error(error);
  void reply
    .status(500)
    .send({ error: { id: 'internal', message: 'Internal server error; the server log has details.' } });
}
