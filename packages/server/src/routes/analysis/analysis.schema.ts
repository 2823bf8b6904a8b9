/**
 * Request schemas of the analysis resource (owners, holdings, investors, paths, expand).
 */
import { z } from 'zod';
import { edgeSchemata } from '@daylight/core';

/** An FtM date of any precision: "2019", "2019-05", "2019-05-20". */
export const asOfSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'as_of must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/** A comma-separated list of relationship schemata, e.g. "Ownership,Directorship". */
const schemasSchema = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? [] : s.split(',').map((x) => x.trim())))
  .refine((list) => list.every((s) => edgeSchemata().includes(s)), {
    message: `schemas must be relationship schemata: ${edgeSchemata().join(', ')}`,
  });

/** `:id` of an entity. */
export const entityParamsSchema = z.object({ id: z.string().min(1).max(500) });

/** Query of `/entities/:id/owners|holdings|investors`. */
export const stakeQuerySchema = z.object({
  as_of: asOfSchema,
  depth: z.coerce.number().int().min(1).max(50).default(10),
  /** Minimum stake as a percentage, like the CLI's --min-stake. */
  min_stake: z.coerce.number().min(0).max(100).optional(),
});

/** Query of `/paths`. */
export const pathQuerySchema = z.object({
  from: z.string().min(1).max(500),
  to: z.string().min(1).max(500),
  max_length: z.coerce.number().int().min(1).max(8).default(4),
  k: z.coerce.number().int().min(1).max(20).default(3),
  schemas: schemasSchema,
  as_of: asOfSchema,
});

/** Query of `/entities/:id/expand`. */
export const expandQuerySchema = z.object({
  depth: z.coerce.number().int().min(1).max(4).default(1),
  schemas: schemasSchema,
  as_of: asOfSchema,
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
