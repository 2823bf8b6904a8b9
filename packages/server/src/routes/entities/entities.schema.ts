/**
 * Request schemas of the entities resource.
 */
import { z } from 'zod';

/** `GET /api/v1/entities/:id` path parameters. */
export const entityParamsSchema = z.object({
  id: z.string().min(1).max(1024),
});
/** `GET /api/v1/entities/:id` path parameters. */
export type EntityParams = z.infer<typeof entityParamsSchema>;
