// Bulk load on Kùzu: each batch becomes a CSV file in a temporary directory,
// loaded with one COPY per table (nodes first, then relationships). The
// columns come from the table itself (`table_info`), so a migration that adds a
// column needs no change here. COPY runs on Kùzu's threads, so the next file is
// written while the previous one loads. One statement per row would take
// minutes for a network of 100k members.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NetworkDataset } from '../../domain/dataset.js';
import type { ProgressListener } from '../../domain/progress.js';
import { datasetBatches } from '../bulk/datasetBatches.js';
import type { Row } from '../graphStore.js';
import type { KuzuConnection } from './kuzuConnection.js';
import { CSV_LIST_SEPARATOR, CSV_NULL, type CsvColumnType, csvField, csvLine } from './kuzuCsv.js';

interface Column {
  name: string;
  type: CsvColumnType;
}

interface TableFile {
  table: string;
  /** Writes the table's CSV file with these columns (for relationships: from, to, then properties). */
  write(file: string, columns: readonly Column[]): void;
  /** Whether there is anything to copy. */
  empty: boolean;
  relationship: boolean;
}

const LINES_PER_WRITE = 10_000;
const ENDPOINTS: Column[] = [
  { name: 'from', type: 'STRING' },
  { name: 'to', type: 'STRING' },
];

export async function kuzuBulkLoad(
  writer: KuzuConnection,
  dataset: NetworkDataset,
  onProgress: ProgressListener,
): Promise<void> {
  const { nodes, relationships } = datasetBatches(dataset);
  const tables: TableFile[] = [
    ...nodes.map((batch) => ({
      table: batch.label,
      empty: batch.count === 0,
      relationship: false,
      write: (file: string, columns: readonly Column[]) =>
        writeCsv(file, columns, batch.forEachRow, (row) =>
          columns.map((c) => csvField(row[c.name], c.type, c.name)),
        ),
    })),
    ...relationships.map((batch) => ({
      table: batch.type,
      empty: batch.count === 0,
      relationship: true,
      write: (file: string, columns: readonly Column[]) => {
        const properties = columns.slice(ENDPOINTS.length);
        writeCsv(file, columns, batch.forEachRow, (row) => [
          csvField(row.from, 'STRING', 'from'),
          csvField(row.to, 'STRING', 'to'),
          ...properties.map((c) => csvField(row.properties[c.name], c.type, c.name)),
        ]);
      },
    })),
  ];
  const columns = new Map<string, Column[]>();
  for (const t of tables) {
    const properties = await tableColumns(writer, t.table);
    columns.set(t.table, t.relationship ? [...ENDPOINTS, ...properties] : properties);
  }

  const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kuzu-'));
  let done = 0;
  let copying: Promise<unknown> = Promise.resolve();
  try {
    onProgress({ phase: 'graph: writing files', done, total: tables.length });
    for (const t of tables) {
      const tableColumns = columns.get(t.table)!;
      const file = path.join(directory, `${t.table}.csv`);
      if (!t.empty) t.write(file, tableColumns);
      await copying;
      copying = (t.empty ? Promise.resolve() : writer.run(copyStatement(t.table, file, tableColumns))).then(
        () => {
          done++;
          onProgress({ phase: `graph: ${t.table}`, done, total: tables.length });
        },
      );
    }
    await copying;
  } finally {
    await copying.catch(() => undefined);
    rmSync(directory, { recursive: true, force: true });
  }
}

async function tableColumns(writer: KuzuConnection, table: string): Promise<Column[]> {
  const rows = await writer.run<Row>(`CALL table_info('${table}') RETURN *`);
  return rows.map((row) => {
    const type = String(row.type);
    if (
      type !== 'STRING' &&
      type !== 'INT64' &&
      type !== 'DOUBLE' &&
      type !== 'BOOL' &&
      type !== 'STRING[]'
    ) {
      throw new TypeError(`Bulk load cannot write column ${table}.${String(row.name)} of type ${type}`);
    }
    return { name: String(row.name), type };
  });
}

/**
 * Streams rows to the file as they are visited, in chunks of lines: neither the rows nor the file's
 * text are ever whole in memory (a million relationships would be hundreds of MB).
 */
function writeCsv<T>(
  file: string,
  columns: readonly Column[],
  forEachRow: (visit: (row: T) => void) => void,
  fields: (row: T) => string[],
): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, csvLine(columns.map((c) => c.name)));
    let chunk = '';
    let lines = 0;
    forEachRow((row) => {
      chunk += csvLine(fields(row));
      if (++lines === LINES_PER_WRITE) {
        writeSync(fd, chunk);
        chunk = '';
        lines = 0;
      }
    });
    if (chunk !== '') writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/**
 * `COPY <table> FROM (LOAD WITH HEADERS (...) FROM '<file>' (...) RETURN ...)`: columns are read as
 * c0, c1... (so names such as `from` or `count` never meet the parser) and lists are split back.
 */
function copyStatement(table: string, file: string, columns: readonly Column[]): string {
  if (file.includes("'")) throw new Error(`Temporary file path ${file} contains a quote`);
  const header = columns.map((c, i) => `c${i} ${c.type === 'STRING[]' ? 'STRING' : c.type}`).join(', ');
  const values = columns
    .map((c, i) =>
      c.type === 'STRING[]'
        ? `CASE WHEN c${i} IS NULL THEN CAST([] AS STRING[]) ELSE string_split(c${i}, '${CSV_LIST_SEPARATOR}') END`
        : `c${i}`,
    )
    .join(', ');
  return (
    `COPY ${table} FROM (LOAD WITH HEADERS (${header}) FROM '${file}' ` +
    `(HEADER=true, PARALLEL=false, NULL_STRINGS=['${CSV_NULL}']) RETURN ${values})`
  );
}
