/**
 * Entities → graph files for Gephi (GEXF 1.3) and Cytoscape/yEd (GraphML): things (people,
 * companies …) are nodes; relationship entities (Ownership, Directorship, Payment …, FtM's edge
 * schemata) are edges from their source to their target property. Nodes carry schema, caption,
 * countries and topics; edges carry schema, caption, percentage and start/end dates.
 */
import type { Entity } from '../entity/entity.types.js';
import { findSchema } from '../model/ftm.model.js';

/** Graph formats. */
export type GraphFormat = 'gexf' | 'graphml';

/** One edge drawn from a relationship entity. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly entity: Entity;
}

/**
 * Escapes text for XML content and attribute values.
 * @param text - any text
 * @returns the escaped text (control characters XML forbids are dropped)
 */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
  );
}

/**
 * The edges a relationship entity draws (one per source × target value).
 * @param entity - an entity
 * @returns its edges; empty for entities that are not relationships
 */
export function graphEdges(entity: Entity): GraphEdge[] {
  const edge = findSchema(entity.schema)?.edge;
  if (!edge) return [];
  const sources = entity.properties[edge.source] ?? [];
  const targets = entity.properties[edge.target] ?? [];
  const out: GraphEdge[] = [];
  for (const source of sources) {
    for (const target of targets) {
      const id = out.length === 0 ? entity.id : `${entity.id}#${out.length}`;
      out.push({ id, source, target, entity });
    }
  }
  return out;
}

/**
 * Whether an entity is drawn as an edge rather than a node.
 * @param entity - an entity
 * @returns true for relationship schemata
 */
export function isGraphEdge(entity: Entity): boolean {
  return findSchema(entity.schema)?.edge !== undefined;
}

const join = (values: readonly string[] | undefined): string => (values ?? []).join(';');

function countries(entity: Entity): string {
  const schema = findSchema(entity.schema);
  if (!schema) return '';
  const out = new Set<string>();
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (schema.getProperties().get(prop)?.type.name === 'country') values.forEach((v) => out.add(v));
  }
  return [...out].join(';');
}

const NODE_ATTRS = ['schema', 'country', 'topics'] as const;
const EDGE_ATTRS = ['schema', 'caption', 'percentage', 'startDate', 'endDate'] as const;

/**
 * The start of the file, up to where nodes go.
 * @param format - gexf or graphml
 * @returns XML text
 */
export function graphHeader(format: GraphFormat): string {
  if (format === 'gexf') {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <meta><creator>Daylight</creator></meta>',
      '  <graph defaultedgetype="directed" mode="static">',
      '    <attributes class="node">',
      ...NODE_ATTRS.map((a, i) => `      <attribute id="n${i}" title="${a}" type="string"/>`),
      '    </attributes>',
      '    <attributes class="edge">',
      ...EDGE_ATTRS.map((a, i) => `      <attribute id="e${i}" title="${a}" type="string"/>`),
      '    </attributes>',
      '    <nodes>',
      '',
    ].join('\n');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRS.map((a) => `  <key id="n_${a}" for="node" attr.name="${a}" attr.type="string"/>`),
    ...EDGE_ATTRS.map((a) => `  <key id="e_${a}" for="edge" attr.name="${a}" attr.type="string"/>`),
    '  <graph id="daylight" edgedefault="directed">',
    '',
  ].join('\n');
}

/**
 * One node.
 * @param format - gexf or graphml
 * @param node - id, caption, schema and (for full entities) countries and topics
 * @returns XML text
 */
export function graphNode(
  format: GraphFormat,
  node: Entity | { id: string; schema: string; caption: string },
): string {
  const values: Record<(typeof NODE_ATTRS)[number], string> = {
    schema: node.schema,
    country: 'properties' in node ? countries(node) : '',
    topics: 'properties' in node ? join(node.properties.topics) : '',
  };
  if (format === 'gexf') {
    const attvalues = NODE_ATTRS.map(
      (a, i) => `<attvalue for="n${i}" value="${xmlEscape(values[a])}"/>`,
    ).join('');
    return `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.caption)}"><attvalues>${attvalues}</attvalues></node>\n`;
  }
  const data = NODE_ATTRS.map((a) => `<data key="n_${a}">${xmlEscape(values[a])}</data>`).join('');
  return `    <node id="${xmlEscape(node.id)}"><data key="label">${xmlEscape(node.caption)}</data>${data}</node>\n`;
}

/**
 * What comes between the nodes and the edges.
 * @param format - gexf or graphml
 * @returns XML text
 */
export function graphBetween(format: GraphFormat): string {
  return format === 'gexf' ? '    </nodes>\n    <edges>\n' : '';
}

/**
 * One edge.
 * @param format - gexf or graphml
 * @param edge - the edge
 * @returns XML text
 */
export function graphEdge(format: GraphFormat, edge: GraphEdge): string {
  const p = edge.entity.properties;
  const values: Record<(typeof EDGE_ATTRS)[number], string> = {
    schema: edge.entity.schema,
    caption: edge.entity.caption,
    percentage: join(p.percentage),
    startDate: join(p.startDate ?? p.date),
    endDate: join(p.endDate),
  };
  const ids = `id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"`;
  if (format === 'gexf') {
    const attvalues = EDGE_ATTRS.map(
      (a, i) => `<attvalue for="e${i}" value="${xmlEscape(values[a])}"/>`,
    ).join('');
    return `      <edge ${ids} label="${xmlEscape(edge.entity.caption)}"><attvalues>${attvalues}</attvalues></edge>\n`;
  }
  const data = EDGE_ATTRS.map((a) => `<data key="e_${a}">${xmlEscape(values[a])}</data>`).join('');
  return `    <edge ${ids}>${data}</edge>\n`;
}

/**
 * The end of the file.
 * @param format - gexf or graphml
 * @returns XML text
 */
export function graphFooter(format: GraphFormat): string {
  return format === 'gexf' ? '    </edges>\n  </graph>\n</gexf>\n' : '  </graph>\n</graphml>\n';
}
