import type { StatementDto } from '@daylight/core/api';
import { describe, expect, it } from 'vitest';
import type { PropertyDto } from './PropertyRow';
import { sharedCitations } from './citations';

function statement(sourceIdValue: string, evidence: StatementDto['evidence'] = null): StatementDto {
  return {
    id: `${sourceIdValue}-${Math.random()}`,
    dataset: 'zala',
    origin: 'import',
    status: 'accepted',
    author: 'cli',
    confidence: null,
    firstSeen: '2024-01-01',
    lastSeen: '2024-01-01',
    evidence,
    source: {
      id: sourceIdValue,
      kind: 'import',
      dataset: 'zala',
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      retrievedAt: null,
      fileName: `${sourceIdValue}.jsonl`,
    },
  };
}

function property(...values: StatementDto[][]): PropertyDto {
  return {
    name: 'name',
    label: 'Name',
    type: 'name',
    values: values.map((statements, index) => ({ value: `v${index}`, entity: null, statements })),
  };
}

describe('sharedCitations', () => {
  it('cites once when every value has the same sources', () => {
    const shared = sharedCitations(property([statement('a')], [statement('a')], [statement('a')]));
    expect(shared?.map((s) => s.source?.id)).toEqual(['a']);
  });

  it('cites per value when the sources differ, or a value has an evidence quote', () => {
    expect(sharedCitations(property([statement('a')], [statement('a'), statement('b')]))).toBeNull();
    expect(
      sharedCitations(property([statement('a')], [statement('a', { start: 0, end: 1, quote: 'x' })])),
    ).toBeNull();
  });

  it('cites per value when there is a single value', () => {
    expect(sharedCitations(property([statement('a')]))).toBeNull();
  });
});
