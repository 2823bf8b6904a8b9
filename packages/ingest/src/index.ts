/**
 * @daylight/ingest: everything that comes in. Structured imports (FtM today; BODS, GLEIF and CSV
 * mappings next) and, later, documents → text → candidate statements.
 */
export * from './import/import.types.js';
export { importFtmFiles, ImportSetupError, type FtmImportOptions } from './import/ftm.import.js';
export { readLines, type LineReader, type NumberedLine } from './import/line-reader.js';
export { importFtmDeltaFiles } from './import/ftm-delta.import.js';
export { importBodsFiles } from './import/bods.import.js';
export { importGleifFiles, GLEIF_LEI_MAPPING, GLEIF_RR_MAPPING } from './import/gleif.import.js';
export { readJsonElements, type JsonElement } from './import/json-array.scan.js';
export { importMappedFiles, loadMapping, type MappingImportOptions } from './import/mapping.import.js';
export { readCsv, readXlsx, type TableReader, type TableRow } from './import/table.reader.js';
export type { BaseImportOptions, ImportItem, ItemResult } from './import/import.runner.js';
export * from './documents/document-header.js';
export * from './documents/document.reader.js';
export { readHtml, type HtmlArticle } from './documents/html.reader.js';
export { readPdf, pageAt, type PageSpan, type PdfText } from './documents/pdf.reader.js';
export * from './extract/extract.pipeline.js';
export * from './extract/document.ingest.js';
