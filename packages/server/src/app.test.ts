/**
 * The API in-process (Fastify inject) over a real SQLite store.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { datasetId, entityId, makeStatementId, sourceId, type Source, type Statement } from '@daylight/core';
import {
  entityDetailSchema,
  errorResponseSchema,
  healthResponseSchema,
  searchResponseSchema,
} from '@daylight/core/api';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { buildApp } from './app.js';

const NOW = '2026-03-01T10:00:00.000Z';
const report: Source = {
  id: sourceId('doc-report'),
  kind: 'document',
  dataset: datasetId('research'),
  title: 'Annual surveillance report',
  publisher: 'Example NGO',
  url: 'https://example.org/report',
  publishedAt: '2025-11-03',
  retrievedAt: NOW,
  fileName: 'report.html',
  contentHash: 'deadbeef',
};

function st(
  entity: string,
  schema: string,
  prop: string,
  propType: string,
  value: string,
  extra: Partial<Statement> = {},
): Statement {
  const dataset = extra.dataset ?? datasetId('research');
  return {
    id: makeStatementId({ dataset, entityId: entity, prop, value, sourceId: extra.sourceId ?? null }),
    entityId: entityId(entity),
    schema,
    prop,
    propType,
    value,
    dataset,
    sourceId: null,
    evidence: null,
    origin: 'import',
    status: 'accepted',
    author: 'tester',
    confidence: null,
    firstSeen: NOW,
    lastSeen: NOW,
    retractedAt: null,
    ...extra,
  };
}

const [sqlite] = await storeKinds();
let t: TestStore;
let app: FastifyInstance;
let web: string;

beforeAll(async () => {
  t = await sqlite!.open();
  await t.store.writeBatch({
    sources: [report],
    statements: [
      st('vendor', 'Company', 'id', 'id', 'vendor'),
      st('vendor', 'Company', 'name', 'name', 'Example Spyware Ltd'),
      st('vendor', 'Company', 'jurisdiction', 'country', 'cy', {
        sourceId: report.id,
        origin: 'extract',
        evidence: { start: 120, end: 168, quote: 'Example Spyware Ltd, registered in Cyprus' },
      }),
      st('fund', 'Company', 'id', 'id', 'fund'),
      st('fund', 'Company', 'name', 'name', 'Example Capital Partners III'),
      st('own', 'Ownership', 'id', 'id', 'own'),
      st('own', 'Ownership', 'owner', 'entity', 'fund'),
      st('own', 'Ownership', 'asset', 'entity', 'vendor'),
      st('own', 'Ownership', 'percentage', 'string', '70'),
    ],
  });
  web = mkdtempSync(join(tmpdir(), 'daylight-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Daylight</title><div id="root"></div>');
  app = await buildApp({ store: t.store, webRoot: web, version: '9.9.9' });
});

afterAll(async () => {
  await app.close();
  await t.dispose();
  rmSync(web, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('reports health with the store size', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(healthResponseSchema.parse(res.json())).toEqual({
      status: 'ok',
      version: '9.9.9',
      store: { dialect: 'sqlite', entities: 3, statements: 9 },
    });
  });

  it('searches by name, folded and by prefix, with a schema filter', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/search?q=example%20spy&limit=5' });
    expect(res.statusCode).toBe(200);
    const body = searchResponseSchema.parse(res.json());
    expect(body.results.map((r) => r.id)).toEqual(['vendor']);
    const filtered = await app.inject({ method: 'GET', url: '/api/v1/search?q=example&schema=Person' });
    expect(searchResponseSchema.parse(filtered.json()).results).toEqual([]);
  });

  it('rejects bad search input with the one error shape', async () => {
    for (const url of ['/api/v1/search?q=', '/api/v1/search?q=x&limit=0', '/api/v1/search?q=x&schema=Nope']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      const body = errorResponseSchema.parse(res.json());
      expect(body.error.id).toBe('invalid_request');
    }
  });

  it('gives an entity with each value, its source and its evidence quote', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/entities/vendor' });
    expect(res.statusCode).toBe(200);
    const body = entityDetailSchema.parse(res.json());
    expect(body.caption).toBe('Example Spyware Ltd');
    const jurisdiction = body.properties.find((p) => p.name === 'jurisdiction');
    expect(jurisdiction?.label).toBe('Jurisdiction');
    const [statement] = jurisdiction!.values[0]!.statements;
    expect(statement?.evidence?.quote).toBe('Example Spyware Ltd, registered in Cyprus');
    expect(statement?.source).toMatchObject({
      title: 'Annual surveillance report',
      publisher: 'Example NGO',
      publishedAt: '2025-11-03',
    });
    expect(body.referencedBy).toEqual([
      expect.objectContaining({
        id: 'own',
        schema: 'Ownership',
        caption: 'Example Capital Partners III owns Example Spyware Ltd (70%)',
        property: 'asset',
        propertyLabel: 'Asset',
      }),
    ]);
  });

  it('links entity-typed values to the entity they name', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/entities/own' });
    const body = entityDetailSchema.parse(res.json());
    const owner = body.properties.find((p) => p.name === 'owner');
    expect(owner?.values[0]?.entity).toEqual({
      id: 'fund',
      schema: 'Company',
      caption: 'Example Capital Partners III',
    });
  });

  it('answers 404 with the error shape for an unknown entity or route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/entities/nope' });
    expect(res.statusCode).toBe(404);
    expect(errorResponseSchema.parse(res.json()).error.id).toBe('entity_not_found');
    const route = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(route.statusCode).toBe(404);
    expect(errorResponseSchema.parse(route.json()).error.id).toBe('not_found');
  });

  it('describes itself with OpenAPI', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/search', '/api/v1/entities/{id}']),
    );
  });

  it('serves the web app at / and for client-side routes', async () => {
    for (const url of ['/', '/entities/vendor', '/entities/id.with.dots']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
    }
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const asset = await app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(asset.statusCode).toBe(404);
  });
});
