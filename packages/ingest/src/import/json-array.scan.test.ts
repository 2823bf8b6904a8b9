import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonElements } from './json-array.scan.js';

const tmp = mkdtempSync(join(tmpdir(), 'daylight-json-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function elements(text: string): Promise<Array<{ index: number; line: number; value: unknown }>> {
  const path = join(tmp, `f${Math.random()}.json`);
  writeFileSync(path, text);
  const out = [];
  for await (const e of readJsonElements(path))
    out.push({ index: e.index, line: e.line, value: JSON.parse(e.text) as unknown });
  return out;
}

describe('readJsonElements', () => {
  it('hands out the objects of an array with their index and line, strings with brackets included', async () => {
    const got = await elements('[\n {"a": "}]{[\\"", "b": [1, {"c": 2}]},\n {"d": 3}\n]\n');
    expect(got).toEqual([
      { index: 0, line: 2, value: { a: '}]{["', b: [1, { c: 2 }] } },
      { index: 1, line: 3, value: { d: 3 } },
    ]);
  });
  it('reads JSON lines and a single object', async () => {
    expect((await elements('{"a":1}\n{"a":2}\n')).map((e) => e.line)).toEqual([1, 2]);
    expect((await elements('{"a":1}')).length).toBe(1);
  });
  it('reads a large array across many chunks', async () => {
    const items = Array.from({ length: 5000 }, (_v, i) => ({ i, s: 'x'.repeat(50) }));
    const got = await elements(JSON.stringify(items));
    expect(got).toHaveLength(5000);
    expect(got[4999]?.value).toEqual(items[4999]);
  });
  it('refuses a truncated file and a scalar element', async () => {
    await expect(elements('[{"a": 1}, {"b":')).rejects.toThrow(/ends inside/);
    await expect(elements('[1, 2]')).rejects.toThrow(/expected an object/);
  });
});
