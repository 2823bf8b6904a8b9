/**
 * Request schemas of the search resource.
 */
import { z } from 'zod';
import { findSchema } from '@daylight/core';

/** `GET /api/v1/search` query. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(500),
  schema: z
    .string()
    .optional()
    .refine((s) => s === undefined || s === '' || findSchema(s) !== undefined, {
      message: 'unknown FtM schema',
    }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
/** `GET /api/v1/search` query. */
export type SearchQuery = z.infer<typeof searchQuerySchema>;
