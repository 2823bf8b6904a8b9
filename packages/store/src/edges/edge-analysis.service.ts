/**
 * The analyses behind `daylight owners|holdings|investors|path` and their API endpoints: load the
 * neighbourhood from the edge index level by level, run core's algorithms, and cite the sources
 * of every link. CLI and server call these, so both give the same answers in the same shapes.
 */
import {
  DaylightError,
  EntityNotFoundError,
  OWNERSHIP_SCHEMA,
  classifyInvestor,
  collectEdges,
  computeStakes,
  edgeSchemata,
  isCommitmentRole,
  kShortestPaths,
  type EdgeFetcher,
  type EdgeRecord,
  type EntityId,
  type EntitySummary,
  type Source,
  type SourceId,
  type Stake,
  type StakeDirection,
} from '@daylight/core';
import type {
  ExpandResponse,
  HoldingsResponse,
  InvestorsResponse,
  OwnersResponse,
  PathsResponse,
  SourceDto,
  StakeEntry,
} from '@daylight/core/api';
import type { Store } from '../store.js';

/** Options of the ownership analyses. */
export interface OwnershipQuery {
  /** Only links in effect on this date (ISO, any precision). */
  readonly asOf?: string | undefined;
  /** At most this many links away (default 10). */
  readonly depth?: number | undefined;
  /** Leave out stakes below this fraction. */
  readonly minStake?: number | undefined;
}

/** Options of a path search. */
export interface PathQuery {
  readonly maxLength?: number | undefined;
  readonly k?: number | undefined;
  readonly schemas?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
}

/** Options of a neighbourhood expansion. */
export interface ExpandQuery {
  readonly depth?: number | undefined;
  readonly schemas?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
  /** At most this many nodes returned (default 100). */
  readonly limit?: number | undefined;
}

/** Default look-through depth. */
export const DEFAULT_DEPTH = 10;
/** Nodes a single analysis may load before it stops expanding. */
const MAX_NODES = 100_000;
/** Nodes the neighbourhood search may visit before counting stops. */
const EXPAND_SEARCH = 5_000;

/** A schema name given for a path or expansion is not an FtM relationship schema. */
export class UnknownEdgeSchemaError extends DaylightError {
  /** @param schema - what was given */
  constructor(readonly schema: string) {
    super(
      'unknown_edge_schema',
      `"${schema}" is not a relationship schema. Use one of: ${edgeSchemata().join(', ')}.`,
    );
  }
}

function checkSchemas(schemas: readonly string[] | undefined): void {
  const known = new Set(edgeSchemata());
  for (const s of schemas ?? []) if (!known.has(s)) throw new UnknownEdgeSchemaError(s);
}

const fetcher =
  (store: Store): EdgeFetcher =>
  (ids, direction, schemas) =>
    store.findEdges(ids, { direction, schemas });

async function subject(store: Store, id: EntityId): Promise<EntitySummary> {
  const found = (await store.getSummaries([id])).get(id);
  if (!found) throw new EntityNotFoundError(id);
  return found;
}

/** Sources of relationship entities, loaded once each. */
class SourceCache {
  private readonly byEntity = new Map<string, SourceDto[]>();
  constructor(private readonly store: Store) {}

  async load(ids: Iterable<string>): Promise<void> {
    const want = [...new Set(ids)].filter((id) => !this.byEntity.has(id));
    const sourceIds = new Map<string, SourceId[]>();
    for (const id of want) {
      const statements = await this.store.getStatements(id as EntityId);
      sourceIds.set(id, [...new Set(statements.flatMap((s) => (s.sourceId === null ? [] : [s.sourceId])))]);
    }
    const sources = await this.store.getSources([...sourceIds.values()].flat());
    for (const [id, list] of sourceIds) {
      this.byEntity.set(
        id,
        list.flatMap((s) => {
          const source = sources.get(s);
          return source ? [dto(source)] : [];
        }),
      );
    }
  }

  get(id: string): SourceDto[] {
    return this.byEntity.get(id) ?? [];
  }
}

function dto(s: Source): SourceDto {
  return {
    id: s.id,
    kind: s.kind,
    dataset: s.dataset,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedAt: s.publishedAt,
    retrievedAt: s.retrievedAt,
    fileName: s.fileName,
  };
}

/**
 * Loads the ownership neighbourhood of `id` and computes the stakes (no presentation).
 * @param store - the store
 * @param id - the root entity
 * @param direction - `up` for owners, `down` for holdings
 * @param query - as-of date, depth, minimum stake
 * @returns the stakes and the links loaded
 */
export async function loadStakes(
  store: Store,
  id: EntityId,
  direction: StakeDirection,
  query: OwnershipQuery = {},
): Promise<{ stakes: Stake[]; edges: EdgeRecord[] }> {
  const depth = query.depth ?? DEFAULT_DEPTH;
  const { edges } = await collectEdges([id], fetcher(store), {
    direction: direction === 'up' ? 'in' : 'out',
    depth,
    schemas: [OWNERSHIP_SCHEMA],
    asOf: query.asOf,
    maxNodes: MAX_NODES,
    closeFrontier: true,
  });
  const stakes = computeStakes(id, edges, {
    direction,
    asOf: query.asOf,
    depth,
    minStake: query.minStake,
  });
  return { stakes, edges };
}

async function presentStakes(store: Store, stakes: readonly Stake[]): Promise<StakeEntry[]> {
  const summaries = await store.getSummaries(stakes.map((s) => s.id));
  const sources = new SourceCache(store);
  await sources.load(stakes.flatMap((s) => s.paths.flat().map((e) => e.id)));
  return stakes.map((s) => {
    const summary = summaries.get(s.id);
    return {
      id: s.id,
      caption: summary?.caption ?? s.id,
      schema: summary?.schema ?? 'LegalEntity',
      effective_stake: s.effective,
      stake_range: s.range === null ? null : [s.range[0], s.range[1]],
      ultimate: s.ultimate,
      paths: s.paths.map((path) =>
        path.map((e) => ({
          from: e.source,
          to: e.target,
          percentage: e.percentage,
          start: e.startDate,
          end: e.endDate,
          sources: sources.get(e.id),
        })),
      ),
    };
  });
}

/**
 * Every direct and indirect owner of an entity with its effective stake and paths.
 * @param store - the store
 * @param id - the owned entity
 * @param query - as-of date, depth, minimum stake
 * @returns the owners, largest stake first
 * @throws EntityNotFoundError when the entity does not exist
 */
export async function ownersOf(
  store: Store,
  id: EntityId,
  query: OwnershipQuery = {},
): Promise<OwnersResponse> {
  const root = await subject(store, id);
  const { stakes } = await loadStakes(store, id, 'up', query);
  return { entity: { id: root.id, caption: root.caption }, owners: await presentStakes(store, stakes) };
}

/**
 * Everything an entity owns directly and indirectly, with effective stakes.
 * @param store - the store
 * @param id - the holder
 * @param query - as-of date, depth, minimum stake
 * @returns the holdings, largest stake first
 * @throws EntityNotFoundError when the entity does not exist
 */
export async function holdingsOf(
  store: Store,
  id: EntityId,
  query: OwnershipQuery = {},
): Promise<HoldingsResponse> {
  const root = await subject(store, id);
  const { stakes } = await loadStakes(store, id, 'down', query);
  return { entity: { id: root.id, caption: root.caption }, holdings: await presentStakes(store, stakes) };
}

/**
 * All capital providers behind an entity (owners at any depth, limited partners of funds
 * included), each with its investor type and, where a link states it, its commitment.
 * @param store - the store
 * @param id - the company
 * @param query - as-of date, depth, minimum stake
 * @returns the investors, largest stake first
 * @throws EntityNotFoundError when the entity does not exist
 */
export async function investorsOf(
  store: Store,
  id: EntityId,
  query: OwnershipQuery = {},
): Promise<InvestorsResponse> {
  const root = await subject(store, id);
  const { stakes, edges } = await loadStakes(store, id, 'up', query);
  const entries = await presentStakes(store, stakes);
  const investors: InvestorsResponse['investors'] = [];
  for (const entry of entries) {
    const entity = await store.findEntity(entry.id as EntityId);
    const type = classifyInvestor({
      schema: entity?.schema ?? entry.schema,
      names: [
        ...(entity?.properties.name ?? [entry.caption]),
        ...(entity?.properties.alias ?? []),
        ...(entity?.properties.previousName ?? []),
      ],
      topics: entity?.properties.topics ?? [],
    });
    const link = edges.find((e) => e.source === entry.id && e.amount !== null && isCommitmentRole(e.role));
    investors.push({
      ...entry,
      type,
      commitment: link?.amount ? { amount: link.amount, currency: link.currency } : null,
    });
  }
  return { entity: { id: root.id, caption: root.caption }, investors };
}

/**
 * The shortest and the k shortest paths between two entities over chosen relationship types.
 * Both ends are expanded (⌈maxLength / 2⌉ levels each), so every path within the bound is found.
 * @param store - the store
 * @param from - start entity
 * @param to - end entity
 * @param query - length bound (default 4), k (default 3), schemata, as-of date
 * @returns paths, shortest first, each link with its sources
 * @throws EntityNotFoundError when either entity does not exist
 * @throws UnknownEdgeSchemaError when a schema is not a relationship schema
 */
export async function pathsBetween(
  store: Store,
  from: EntityId,
  to: EntityId,
  query: PathQuery = {},
): Promise<PathsResponse> {
  checkSchemas(query.schemas);
  await subject(store, from);
  await subject(store, to);
  const maxLength = query.maxLength ?? 4;
  const { edges } = await collectEdges([from, to], fetcher(store), {
    direction: 'both',
    depth: Math.ceil(maxLength / 2),
    schemas: query.schemas,
    asOf: query.asOf,
    maxNodes: MAX_NODES,
  });
  const paths = kShortestPaths(from, to, edges, {
    maxLength,
    k: query.k ?? 3,
    schemas: query.schemas,
    asOf: query.asOf,
  });
  const sources = new SourceCache(store);
  await sources.load(paths.flat().map((s) => s.edge.id));
  return {
    paths: paths.map((p) =>
      p.map((s) => ({ from: s.from, to: s.to, schema: s.edge.schema, sources: sources.get(s.edge.id) })),
    ),
  };
}

/**
 * The neighbourhood of an entity for the graph view, bounded: the nearest `limit` nodes and the
 * links between them, with counts of what was left out.
 * @param store - the store
 * @param id - the centre
 * @param query - depth (default 1), schemata, as-of date, node limit (default 100)
 * @returns nodes (nearest first), links, and what the bound left out
 * @throws EntityNotFoundError when the entity does not exist
 * @throws UnknownEdgeSchemaError when a schema is not a relationship schema
 */
export async function expandEntity(
  store: Store,
  id: EntityId,
  query: ExpandQuery = {},
): Promise<ExpandResponse> {
  checkSchemas(query.schemas);
  const root = await subject(store, id);
  const limit = query.limit ?? 100;
  const { edges, distance, truncated } = await collectEdges([id], fetcher(store), {
    direction: 'both',
    depth: query.depth ?? 1,
    schemas: query.schemas,
    asOf: query.asOf,
    maxNodes: EXPAND_SEARCH,
  });
  const ordered = [...distance.entries()].sort(
    (a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const kept = new Map(ordered.slice(0, limit));
  const keptEdges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const summaries = await store.getSummaries([...kept.keys()]);
  return {
    entity: { id: root.id, caption: root.caption },
    nodes: [...kept].map(([node, d]) => {
      const s = summaries.get(node);
      return { id: node, schema: s?.schema ?? 'Thing', caption: s?.caption ?? node, distance: d };
    }),
    edges: keptEdges.map((e) => ({
      id: e.id,
      schema: e.schema,
      source: e.source,
      target: e.target,
      percentage: e.percentage,
      start: e.startDate,
      end: e.endDate,
      role: e.role,
    })),
    left_out: {
      nodes: distance.size - kept.size,
      edges: edges.length - keptEdges.length,
      complete: !truncated,
    },
  };
}
