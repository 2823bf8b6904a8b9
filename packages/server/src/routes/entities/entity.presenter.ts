/**
 * Shapes an entity, its statements and their sources into the API's EntityDetail.
 */
import {
  EntityNotFoundError,
  ID_PROP,
  buildEntity,
  entityId,
  findProperty,
  getSchema,
  type EntityId,
  type Source,
  type Statement,
} from '@daylight/core';
import type { EntityDetail, SourceDto, StatementDto } from '@daylight/core/api';
import type { Store } from '@daylight/store';

/** How many referencing entities an entity page lists. */
const REFERENCES = 200;

/**
 * @param source - a stored source
 * @returns its API shape
 */
export function presentSource(source: Source): SourceDto {
  return {
    id: source.id,
    kind: source.kind,
    dataset: source.dataset,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    publishedAt: source.publishedAt,
    retrievedAt: source.retrievedAt,
    fileName: source.fileName,
  };
}

function presentStatement(s: Statement, sources: Map<string, Source>): StatementDto {
  const source = s.sourceId === null ? undefined : sources.get(s.sourceId);
  return {
    id: s.id,
    dataset: s.dataset,
    origin: s.origin,
    status: s.status,
    author: s.author,
    confidence: s.confidence,
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
    evidence: s.evidence,
    source: source ? presentSource(source) : null,
  };
}

/**
 * Human captions for relationship entities (Ownership, Directorship …): "Source verb Target" with
 * the names of the two ends and the schema's caption values (e.g. the percentage), not ids.
 * @param store - the store
 * @param edges - entities, some of which are edges
 * @returns captions keyed by entity id, for the edges only
 */
export async function captionEdges(
  store: Store,
  edges: ReadonlyArray<{ id: string; schema: string; properties: Record<string, string[]> }>,
): Promise<Map<string, string>> {
  const ends = edges.flatMap((e) => {
    const edge = getSchema(e.schema).edge;
    return edge ? [...(e.properties[edge.source] ?? []), ...(e.properties[edge.target] ?? [])] : [];
  });
  const names = await store.getSummaries(ends.map(entityId));
  const name = (ids: string[] | undefined): string =>
    (ids ?? []).map((v) => names.get(entityId(v))?.caption ?? v).join(', ') || '?';
  const out = new Map<string, string>();
  for (const e of edges) {
    const schema = getSchema(e.schema);
    const edge = schema.edge;
    if (!edge) continue;
    const extra = edge.caption.flatMap((p) => e.properties[p] ?? []);
    // FtM percentages are plain numbers ("51", "33.3"); show them as such.
    const shown = extra.map((v, i) =>
      i === 0 && edge.caption[0] === 'percentage' && /^\d+(\.\d+)?$/.test(v) ? `${v}%` : v,
    );
    const label = edge.label ?? schema.label;
    out.set(
      e.id,
      `${name(e.properties[edge.source])} ${label} ${name(e.properties[edge.target])}` +
        (shown.length > 0 ? ` (${shown.join(', ')})` : ''),
    );
  }
  return out;
}

/**
 * Loads an entity with the statements and sources behind each of its values.
 * @param store - the store
 * @param id - the entity id
 * @returns the entity detail
 * @throws EntityNotFoundError when no current statement describes it
 */
export async function presentEntity(store: Store, id: EntityId): Promise<EntityDetail> {
  const statements = await store.getStatements(id);
  const entity = buildEntity(id, statements);
  if (!entity) throw new EntityNotFoundError(id);
  const schema = getSchema(entity.schema);
  const sources = await store.getSources([
    ...new Set(statements.flatMap((s) => (s.sourceId === null ? [] : [s.sourceId]))),
  ]);
  const refIds = statements.filter((s) => s.propType === 'entity').map((s) => entityId(s.value));
  const refs = await store.getSummaries(refIds);
  const featured = new Map(schema.featured.map((name, index) => [name, index]));
  const props = Object.keys(entity.properties)
    .map((name) => ({ name, prop: findProperty(schema, name) }))
    .sort((a, b) => {
      const fa = featured.get(a.name) ?? Infinity;
      const fb = featured.get(b.name) ?? Infinity;
      if (fa !== fb) return fa - fb;
      return (a.prop?.label ?? a.name).localeCompare(b.prop?.label ?? b.name);
    });
  const referencing = await store.findReferencing(id, REFERENCES);
  const edges = [{ id: entity.id, schema: entity.schema, properties: entity.properties }];
  for (const r of referencing) {
    if (getSchema(r.schema).edge)
      edges.push({ id: r.id, schema: r.schema, properties: (await store.getEntity(r.id)).properties });
  }
  const edgeCaptions = await captionEdges(store, edges);
  return {
    id: entity.id,
    schema: entity.schema,
    schemaLabel: schema.label,
    caption: edgeCaptions.get(entity.id) ?? entity.caption,
    datasets: entity.datasets,
    firstSeen: entity.firstSeen,
    lastSeen: entity.lastSeen,
    properties: props.map(({ name, prop }) => ({
      name,
      label: prop?.label ?? name,
      type: prop?.type.name ?? 'string',
      values: (entity.properties[name] ?? []).map((value) => {
        const ref = prop?.type.isEntity ? refs.get(entityId(value)) : undefined;
        return {
          value,
          entity: ref ? { id: ref.id, schema: ref.schema, caption: ref.caption } : null,
          statements: statements
            .filter((s) => s.prop === name && s.value === value && s.prop !== ID_PROP)
            .map((s) => presentStatement(s, sources)),
        };
      }),
    })),
    referencedBy: referencing.map((r) => {
      const prop = findProperty(getSchema(r.schema), r.prop);
      return {
        id: r.id,
        schema: r.schema,
        caption: edgeCaptions.get(r.id) ?? r.caption,
        property: r.prop,
        propertyLabel: prop?.label ?? r.prop,
      };
    }),
  };
}
