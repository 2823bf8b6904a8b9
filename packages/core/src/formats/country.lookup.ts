/**
 * Country names → FtM country codes. Sources write countries as names in many languages
 * ("Deutschland", "Zypern", "Royaume-Uni"); FtM stores ISO-style lower-case codes. The lookup
 * is built from the FtM model's codes and English labels plus the region names the JavaScript
 * runtime knows (Intl.DisplayNames) in the languages listed below, plus a few common colloquial
 * names that no locale uses as the official one.
 */
import { model } from '../model/ftm.model.js';
import { foldText } from './fold.util.js';

/** Languages whose region names are recognised. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'ru', 'uk', 'tr'];

/** Colloquial names in common use that differ from every locale's official region name. */
const COLLOQUIAL: Record<string, string> = {
  'great britain': 'gb',
  grossbritannien: 'gb',
  'grande-bretagne': 'gb',
  'gran bretana': 'gb',
  england: 'gb',
  britain: 'gb',
  holland: 'nl',
  usa: 'us',
  'u.s.a.': 'us',
  'u.s.': 'us',
  america: 'us',
  'united states of america': 'us',
  russia: 'ru',
  'south korea': 'kr',
  'north korea': 'kp',
};

let table: Map<string, string> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const codes: string[] = [];
  const countryType = model.getType('country');
  for (const [code, label] of countryType.values) {
    codes.push(code);
    out.set(foldText(code), code);
    out.set(foldText(label), code);
  }
  for (const language of LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of codes) {
      if (!/^[a-z]{2}$/.test(code)) continue;
      // Retired codes (DD, SU, YU …) are aliases of current ones: their names belong to those.
      if (new Intl.Locale(`und-${code.toUpperCase()}`).region !== code.toUpperCase()) continue;
      let name: string | undefined;
      try {
        name = names.of(code.toUpperCase());
      } catch {
        name = undefined;
      }
      if (name !== undefined && !out.has(foldText(name))) out.set(foldText(name), code);
    }
  }
  for (const [name, code] of Object.entries(COLLOQUIAL))
    if (!out.has(foldText(name))) out.set(foldText(name), code);
  return out;
}

/**
 * The FtM country code of a country name or code.
 * @param value - a code (`DE`, `de`) or a name in one of the supported languages
 * @returns the lower-case code, or `undefined` when the name is not recognised
 */
export function countryCode(value: string): string | undefined {
  table ??= build();
  return table.get(foldText(value));
}
