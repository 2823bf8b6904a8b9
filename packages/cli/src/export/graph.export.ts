/**
 * GEXF and GraphML export. Nodes must come before edges (GEXF), so edges are written to a
 * temporary file and appended; edge ends that are not in the export (another dataset) are
 * added as nodes with their summary.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  graphBetween,
  graphEdge,
  graphEdges,
  graphFooter,
  graphHeader,
  graphNode,
  isGraphEdge,
  type EntityId,
  type GraphFormat,
} from '@daylight/core';
import type { Store } from '@daylight/store';
import { scopedEntities, type ExportScope } from './entity-scope.js';
import { writeTo, type Output } from './output.js';

/**
 * Writes a graph file.
 * @param store - the store
 * @param out - where to
 * @param format - gexf or graphml
 * @param scope - which entities
 * @returns node and edge counts
 */
export async function exportGraph(
  store: Store,
  out: Output,
  format: GraphFormat,
  scope: ExportScope,
): Promise<{ nodes: number; edges: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'daylight-graph-'));
  try {
    const edgePath = join(dir, 'edges.xml');
    const edgeFile = createWriteStream(edgePath);
    const nodes = new Set<string>();
    const ends = new Set<string>();
    let edges = 0;
    await out.write(graphHeader(format));
    for await (const entity of scopedEntities(store, scope)) {
      if (isGraphEdge(entity)) {
        for (const edge of graphEdges(entity)) {
          await writeTo(edgeFile, graphEdge(format, edge));
          ends.add(edge.source);
          ends.add(edge.target);
          edges++;
        }
      } else {
        await out.write(graphNode(format, entity));
        nodes.add(entity.id);
      }
    }
    edgeFile.end();
    await once(edgeFile, 'finish');
    const missing = [...ends].filter((id) => !nodes.has(id)) as EntityId[];
    const summaries = await store.getSummaries(missing);
    for (const id of missing) {
      const s = summaries.get(id);
      await out.write(graphNode(format, s ?? { id, schema: 'Thing', caption: id }));
      nodes.add(id);
    }
    await out.write(graphBetween(format));
    for await (const chunk of createReadStream(edgePath)) await out.write(chunk as Uint8Array);
    await out.write(graphFooter(format));
    return { nodes: nodes.size, edges };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
