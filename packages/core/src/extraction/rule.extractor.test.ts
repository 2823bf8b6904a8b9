/**
 * The rule extractor on short sentences about fictional companies and people.
 */
import { describe, expect, it } from 'vitest';
import { goldDocumentSchema, toGoldShape, type Extraction } from './extraction.types.js';
import { extractWithRules } from './rule.extractor.js';
import { splitSentences } from './sentence.split.js';

const run = (text: string): Extraction => extractWithRules({ text });
const names = (x: Extraction): string[] => x.entities.map((e) => e.name).sort();
const rels = (x: Extraction): string[] =>
  x.relationships.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();
const entity = (x: Extraction, name: string) => x.entities.find((e) => e.name === name);

describe('splitSentences', () => {
  it('does not split after titles, initials or legal abbreviations, and keeps offsets', () => {
    const text = 'Dr. Mira K. Lund joined Quillon Inc. in March. She left in May.\nA second paragraph';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Mira K. Lund joined Quillon Inc. in March.',
      'She left in May.',
      'A second paragraph',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]?.heading).toBe(true);
  });
});

describe('entities', () => {
  it('types names by their words and keeps in-document aliases', () => {
    const x = run(
      'The Norland Digital Rights Centre (NDRC) criticised Brightwater Holdings GmbH on Monday. ' +
        'Brightwater sells tools to police forces. The NDRC said so again.',
    );
    expect(entity(x, 'Norland Digital Rights Centre')).toMatchObject({
      type: 'Organization',
      aliases: ['NDRC'],
    });
    expect(entity(x, 'Brightwater Holdings GmbH')).toMatchObject({
      type: 'Company',
      aliases: ['Brightwater'],
    });
    expect(names(x)).not.toContain('Monday');
  });

  it('links a surname to the person and does not take titles or demonyms as names', () => {
    const x = run(
      'Former minister Elise Varga met Portuguese officials. Later, Varga resigned from Tessaly Systems.',
    );
    expect(entity(x, 'Elise Varga')).toMatchObject({ type: 'Person', aliases: ['Varga'] });
    expect(names(x)).not.toContain('Portuguese');
    expect(names(x)).not.toContain('Varga');
  });

  it('names a country once whatever it is called', () => {
    const x = run('Orrin Labs is based in the UK. Its rival Calder Labs also works in Britain.');
    expect(entity(x, 'United Kingdom')?.type).toBe('Country');
    expect(x.entities.filter((e) => e.type === 'Country')).toHaveLength(1);
  });
});

describe('relationships', () => {
  it('reads ownership, acquisitions with amounts and percentages, and keeps the evidence sentence', () => {
    const text =
      'Halvard Capital acquired a 60% stake in Quillon Networks for $120 million in 2021. Nothing else.';
    const x = run(text);
    const rel = x.relationships.find((r) => r.predicate === 'acquired');
    expect(rel).toMatchObject({
      subject: 'Halvard Capital',
      object: 'Quillon Networks',
      percentage: '60%',
      amount: 120_000_000,
      currency: 'USD',
      date: '2021',
    });
    expect(rel?.evidence).toBe(text.slice(0, text.indexOf(' Nothing')));
    expect(text.slice(rel?.span.start, rel?.span.end)).toBe(rel?.evidence);
  });

  it('does not turn plans that were dropped or ownership that ended into facts', () => {
    expect(
      rels(run('Brenna Partners considered becoming part-owner of Quillon Networks but dropped plans.')),
    ).toEqual([]);
    expect(rels(run('Brenna Partners no longer owns Quillon Networks, a spokesman said.'))).toEqual([]);
    expect(
      rels(run('Tessaly Systems sold its software to Ruritania without the approval of Elbonia.')),
    ).toEqual([]);
  });

  it('keeps hedges as qualifiers', () => {
    const x = run('Tessaly Systems allegedly sold its spyware to the government of Moldova.');
    const y = run('Tessaly Systems allegedly sold the Lyra spyware to Moldova.');
    expect(x.relationships.concat(y.relationships).find((r) => r.predicate === 'sold_to')?.qualifier).toBe(
      'alleged',
    );
  });

  it('applies a cue to every name of a list on both sides', () => {
    const x = run(
      'Norland Watch and Open Wires Foundation filed a complaint against Tessaly Systems GmbH and Corvid Labs GmbH.',
    );
    expect(rels(x)).toEqual([
      'Norland Watch sued Corvid Labs GmbH',
      'Norland Watch sued Tessaly Systems GmbH',
      'Open Wires Foundation sued Corvid Labs GmbH',
      'Open Wires Foundation sued Tessaly Systems GmbH',
    ]);
  });

  it('reads roles before and after a name', () => {
    const x = run(
      'Quillon Networks spokeswoman Ada Brandt declined to comment. Jonas Petrov, chief executive of Quillon Networks, agreed. ' +
        'Calder Labs founder Ivo Marr was there.',
    );
    expect(rels(x)).toEqual([
      'Ada Brandt employee_of Quillon Networks',
      'Ivo Marr founded Calder Labs',
      'Jonas Petrov director_of Quillon Networks',
    ]);
    expect(x.relationships.find((r) => r.subject === 'Ada Brandt')?.role).toBe('spokeswoman');
  });

  it('reads passive voice, subsidiaries and locations', () => {
    const x = run(
      'Corvid Labs, a subsidiary of Tessaly Systems, is based in Ruritania. Tessaly Systems is owned by Halvard Capital. ' +
        'Ruritania is a country.',
    );
    expect(rels(x)).toContain('Corvid Labs subsidiary_of Tessaly Systems');
    expect(rels(x)).toContain('Halvard Capital owns Tessaly Systems');
  });

  it('projects onto the gold-annotation shape', () => {
    const shaped = toGoldShape(run('Halvard Capital allegedly owns Quillon Networks.'));
    expect(goldDocumentSchema.parse(shaped)).toEqual(shaped);
    expect(shaped.relationships[0]).toMatchObject({
      subject: 'Halvard Capital',
      predicate: 'owns',
      qualifier: 'alleged',
    });
  });
});
