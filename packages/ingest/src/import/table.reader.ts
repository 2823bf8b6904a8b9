/**
 * Rows of tabular files (CSV, XLSX), streamed with the header row as column names.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** One data row. */
export interface TableRow {
  /** 1-based row number in the file; the header is row 1. */
  readonly row: number;
  /** Column name → cell text (empty cells are absent). */
  readonly values: Record<string, string>;
  /** Cells beyond the header's columns (a broken row), when there are any. */
  readonly extra: number;
}

/** A table being read, with how far it is. */
export interface TableReader extends AsyncIterable<TableRow> {
  readonly bytesRead: number;
}

function rowObject(header: readonly string[], cells: readonly string[], row: number): TableRow {
  const values: Record<string, string> = {};
  header.forEach((name, i) => {
    const cell = cells[i];
    if (cell !== undefined && cell !== '') values[name] = cell;
  });
  return { row, values, extra: Math.max(0, cells.length - header.length) };
}

/**
 * Streams a CSV file (RFC 4180 quoting, cells may span lines; a UTF-8 BOM is skipped).
 * @param path - the file
 * @returns its data rows
 */
export function readCsv(path: string): TableReader {
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    async *[Symbol.asyncIterator]() {
      const input = createReadStream(path, { encoding: 'utf8' });
      input.on('data', (chunk: string | Buffer) => {
        bytesRead += Buffer.byteLength(chunk);
      });
      const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: 'greedy' });
      input.pipe(parser);
      input.on('error', (error) => parser.destroy(error));
      let header: string[] | undefined;
      let row = 0;
      for await (const cells of parser as AsyncIterable<string[]>) {
        row++;
        if (header === undefined) {
          header = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
          continue;
        }
        yield rowObject(header, cells, row);
      }
    },
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * Streams the rows of one sheet of an XLSX workbook.
 * @param path - the file
 * @param sheet - the sheet name; the first sheet when not given
 * @returns its data rows
 */
export function readXlsx(path: string, sheet?: string): TableReader {
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    async *[Symbol.asyncIterator]() {
      const input = createReadStream(path);
      input.on('data', (chunk: string | Buffer) => {
        bytesRead += Buffer.byteLength(chunk);
      });
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        sharedStrings: 'cache',
        worksheets: 'emit',
        hyperlinks: 'ignore',
        styles: 'cache',
      });
      let index = 0;
      for await (const worksheet of workbook) {
        index++;
        const name = (worksheet as unknown as { name?: string }).name;
        const wanted = sheet === undefined ? index === 1 : name === sheet;
        let header: string[] | undefined;
        for await (const row of worksheet) {
          if (!wanted) continue;
          const values = Array.isArray(row.values) ? row.values.slice(1) : [];
          const cells = Array.from({ length: values.length }, (_v, i) => cellText(values[i]));
          if (header === undefined) {
            header = cells.map((c) => c.trim());
            continue;
          }
          yield rowObject(header, cells, row.number);
        }
      }
    },
  };
}
