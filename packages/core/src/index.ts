/**
 * @daylight/core: the pure domain. FtM model, statements and provenance, entities, text
 * normalisation, search ranking. No Node built-ins, no DOM, no database.
 */
export * from './ids.js';
export * from './errors.js';
export * from './model/ftm.model.js';
export * from './statement/statement.types.js';
export * from './entity/entity.types.js';
export * from './entity/entity.builder.js';
export * from './source/source.types.js';
export * from './ftm/ftm-entity.parser.js';
export * from './ftm/ftm-entity.writer.js';
export * from './text/normalize.js';
export * from './search/search.score.js';
export * from './matching/name-tables.data.js';
export * from './matching/name.normalize.js';
export * from './matching/name.compare.js';
export * from './matching/entity.compare.js';
export * from './matching/match-keys.js';
export * from './ownership/index.js';
export { sha1Hex } from './util/sha1.js';
export * from './extraction/extraction.types.js';
export * from './extraction/extraction.score.js';
export { RuleExtractor, extractWithRules, nameKey } from './extraction/rule.extractor.js';
export { splitSentences, type Sentence } from './extraction/sentence.split.js';
export * from './extraction/proposal.mapping.js';
export * from './formats/ftm-mapping.js';
export { countryCode } from './formats/country.lookup.js';
export * from './formats/bods.parse.js';
export * from './formats/bods.write.js';
export * from './formats/graph.write.js';
