/**
 * Sentence splitting with character offsets: paragraphs at line breaks, sentences at `.`, `!` or
 * `?` (with closing quotes) followed by space and a capital, digit or opening quote, except after
 * abbreviations and initials.
 */
import { ABBREVIATIONS } from './lexicon.data.js';
import type { Span } from './extraction.types.js';

/** A sentence of the document. */
export interface Sentence extends Span {
  readonly text: string;
  /** True for a short line without closing punctuation (a heading, caption or navigation). */
  readonly heading: boolean;
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));
/** Words that start a sentence even after an abbreviation ("… into the U.S. As we said"). */
const SENTENCE_STARTERS = new Set([
  'The',
  'As',
  'In',
  'But',
  'It',
  'This',
  'We',
  'He',
  'She',
  'They',
  'A',
  'An',
  'Our',
  'However',
  'Meanwhile',
]);
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  // A single capital letter is an initial ("Sergey I. Kislyak").
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATION_SET.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Splits a text into sentences.
 * @param text - the document text
 * @returns the sentences in order, each with its offsets in `text` (trimmed)
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e <= s) return;
    const body = text.slice(s, e);
    const words = body.split(/\s+/).length;
    const heading = !/[.!?:;"”’)]$/.test(body) && words <= 10;
    sentences.push({ start: s, end: e, text: body, heading });
  };
  const lineBreak = /\n/g;
  let lineStart = 0;
  const lines: Span[] = [];
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    lines.push({ start: lineStart, end: m.index });
    lineStart = m.index + 1;
  }
  lines.push({ start: lineStart, end: text.length });
  for (const line of lines) {
    const body = text.slice(line.start, line.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const stop = m.index + m[0].length;
      const nextWord = /^\s+["“‘(]?([\p{L}]+)/u.exec(body.slice(stop))?.[1] ?? '';
      if (
        m[0].startsWith('.') &&
        m[0].length === 1 &&
        endsWithAbbreviation(body.slice(from, m.index)) &&
        !SENTENCE_STARTERS.has(nextWord)
      )
        continue;
      push(line.start + from, line.start + stop);
      from = stop;
    }
    push(line.start + from, line.end);
  }
  return sentences;
}
