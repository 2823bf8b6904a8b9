/**
 * The `extract` benchmark: every file of ../shared/corpus through the real document reader and
 * extractor, scored against its hand annotation in ../shared/eval/gold as BENCHMARKS.md
 * describes: entity P/R/F1, relationship P/R/F1 overall and per predicate, `must_not_extract`
 * traps violated, qualifiers matched, and documents per second. Skips with a notice when
 * ../shared is absent (the corpus is copyrighted and never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  goldDocumentSchema,
  prf,
  scoreExtraction,
  toGoldShape,
  type Counts,
  type DocumentScore,
} from '@daylight/core';
import { extractFromText, readDocument } from '@daylight/ingest';
import type { Benchmark, BenchContext } from './bench.types.js';
import { REPO_ROOT } from './bench.paths.js';
import {
  machineInfo,
  summarizeFigure,
  type BenchmarkReport,
  type FigureSummary,
  type TargetCheck,
} from './harness.js';

/**
 * ../shared next to the repository (overridable for CI layouts). Looked up from the repository
 * root and from the working directory, since a bundled CLI does not sit where the sources do.
 */
const SHARED_DIR =
  process.env.DAYLIGHT_SHARED_DIR ??
  [join(REPO_ROOT, '..', 'shared'), join(process.cwd(), '..', 'shared')].find((dir) =>
    existsSync(join(dir, 'corpus')),
  ) ??
  join(REPO_ROOT, '..', 'shared');
const TARGETS = { entityF1: 0.85, relationshipF1: 0.6, traps: 0 } as const;

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const once = (
  name: string,
  unit: string,
  value: number,
  better: 'higher' | 'lower' = 'higher',
): FigureSummary => summarizeFigure({ name, unit, better, values: [value] });

/** The extract benchmark. */
export const extractBenchmark: Benchmark = {
  name: 'extract',
  description:
    'documents of ../shared/corpus scored against ../shared/eval/gold (entities, relationships, traps, docs/s)',
  async run(ctx: BenchContext): Promise<BenchmarkReport> {
    const startedAt = new Date().toISOString();
    const corpusDir = join(SHARED_DIR, 'corpus');
    const goldDir = join(SHARED_DIR, 'eval', 'gold');
    const base = { name: 'extract', scale: ctx.scale, seed: ctx.seed, startedAt, machine: machineInfo() };
    if (!existsSync(corpusDir) || !existsSync(goldDir)) {
      const notice = `extract: skipped, ${corpusDir} or ${goldDir} is absent.`;
      ctx.log(notice);
      return {
        ...base,
        finishedAt: new Date().toISOString(),
        workload: { documents: 0 },
        sections: [],
        notes: [notice],
      };
    }
    const files = readdirSync(corpusDir)
      .filter((f) => existsSync(join(goldDir, f.replace(/\.[^.]+$/, '.gold.json'))))
      .sort();
    let entities = zero();
    let relationships = zero();
    const byPredicate = new Map<string, Counts>();
    const traps: Array<{ file: string; subject: string; predicate: string; object: string }> = [];
    const qualifiers = { gold: 0, matched: 0 };
    const perDocument: Array<{ file: string; score: DocumentScore; seconds: number }> = [];
    let characters = 0;
    const started = performance.now();
    for (const file of files) {
      const t0 = performance.now();
      const document = await readDocument(join(corpusDir, file));
      const extraction = await extractFromText(document.text);
      const seconds = (performance.now() - t0) / 1000;
      characters += document.text.length;
      const gold = goldDocumentSchema.parse(
        JSON.parse(readFileSync(join(goldDir, file.replace(/\.[^.]+$/, '.gold.json')), 'utf8')),
      );
      const score = scoreExtraction(toGoldShape(extraction), gold);
      entities = add(entities, score.entities);
      relationships = add(relationships, score.relationships);
      for (const [p, c] of Object.entries(score.byPredicate))
        byPredicate.set(p, add(byPredicate.get(p) ?? zero(), c));
      for (const t of score.trapsViolated) traps.push({ file, ...t });
      qualifiers.gold += score.qualifiers.gold;
      qualifiers.matched += score.qualifiers.matched;
      perDocument.push({ file, score, seconds });
      ctx.log(
        `extract: ${file}: entities ${JSON.stringify(score.entities)}, relationships ${JSON.stringify(score.relationships)}`,
      );
    }
    const totalSeconds = (performance.now() - started) / 1000;
    const e = prf(entities);
    const r = prf(relationships);
    const figures: FigureSummary[] = [
      once('entity precision', 'ratio', e.precision),
      once('entity recall', 'ratio', e.recall),
      once('entity F1', 'ratio', e.f1),
      once('relationship precision', 'ratio', r.precision),
      once('relationship recall', 'ratio', r.recall),
      once('relationship F1', 'ratio', r.f1),
      once('traps violated', 'count', traps.length, 'lower'),
      once('qualifiers matched', 'ratio', qualifiers.gold === 0 ? 1 : qualifiers.matched / qualifiers.gold),
      once('documents per second', 'docs/s', files.length / totalSeconds),
    ];
    const predicateFigures: FigureSummary[] = [...byPredicate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([p, c]) => {
        const s = prf(c);
        return once(
          `${p} F1 (P ${s.precision.toFixed(2)}, R ${s.recall.toFixed(2)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
          'ratio',
          s.f1,
        );
      });
    const targets: TargetCheck[] = [
      {
        target: `entity F1 ≥ ${TARGETS.entityF1}`,
        status: e.f1 >= TARGETS.entityF1 ? 'pass' : 'fail',
        detail: e.f1.toFixed(3),
      },
      {
        target: `relationship F1 ≥ ${TARGETS.relationshipF1}`,
        status: r.f1 >= TARGETS.relationshipF1 ? 'pass' : 'fail',
        detail: r.f1.toFixed(3),
      },
      {
        target: 'zero must_not_extract traps',
        status: traps.length === TARGETS.traps ? 'pass' : 'fail',
        detail: `${traps.length} violated`,
      },
    ];
    return {
      ...base,
      finishedAt: new Date().toISOString(),
      workload: { documents: files.length, characters, corpus: corpusDir },
      sections: [
        { label: 'overall', figures, baseline: null, ratios: [], targets, runs: perDocument },
        {
          label: 'per predicate',
          figures: predicateFigures,
          baseline: null,
          ratios: [],
          targets: [],
          runs: traps,
        },
      ],
      notes: [
        'Scoring: an entity is found when a predicted name or alias equals (normalised: folded, no leading "the", no possessive) the gold name or one of its aliases; a relationship when subject, object and predicate agree.',
        `Documents per second include reading each file and the compromise person hints; ${totalSeconds.toFixed(2)} s for ${files.length} documents.`,
      ],
    };
  },
};
