// Bulk load on Kùzu: each batch becomes a CSV file in a temporary directory,
// loaded with one COPY per table (nodes first, then relationships). The
// columns come from the table itself (`table_info`), so a migration that adds a
// column needs no change here. Every file is written first, then the dataset is
// released, then the files are copied: the JS dataset and COPY's native memory
// are never both at their peak (issue 19). One statement per row would take
// minutes for a network of 100k members.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { NetworkDataset } from '../../domain/dataset.js';
import type { ProgressListener } from '../../domain/progress.js';
import { datasetBatches } from '../bulk/datasetBatches.js';
import { type DatasetSource, type Row, resolveDataset } from '../graphStore.js';
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

const WRITE_BUFFER_BYTES = 1 << 20;
/** Heap growth (bytes) while writing files past which a full collection is worth its ~0.2 s. */
const GARBAGE_WORTH_COLLECTING = 48 * 2 ** 20;
const ENDPOINTS: Column[] = [
  { name: 'from', type: 'STRING' },
  { name: 'to', type: 'STRING' },
];

export async function kuzuBulkLoad(
  writer: KuzuConnection,
  source: DatasetSource,
  onProgress: ProgressListener,
): Promise<void> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kuzu-'));
  try {
    // Every file is written before the first COPY, and the dataset is let go in between: a 100k-member
    // network is ~350 MB of JS heap and COPY peaks at ~400 MB of native memory, so running one after
    // the other keeps the peak near the larger of the two rather than their sum (issue 19).
    const files = await writeTableFiles(writer, source, directory, onProgress);
    releaseGarbage();
    let done = 0;
    for (const file of files) {
      if (file.path !== null) await writer.run(copyStatement(file.table, file.path, file.columns));
      done++;
      onProgress({ phase: `graph: ${file.table}`, done, total: files.length });
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

interface WrittenFile {
  table: string;
  columns: readonly Column[];
  /** Null when the table has nothing to copy. */
  path: string | null;
}

/** Builds the dataset (when given as a function), writes one CSV file per table, and keeps nothing of it. */
async function writeTableFiles(
  writer: KuzuConnection,
  source: DatasetSource,
  directory: string,
  onProgress: ProgressListener,
): Promise<WrittenFile[]> {
  const tables = tableWriters(resolveDataset(source));
  const files: WrittenFile[] = [];
  let collectedAt = process.memoryUsage().heapUsed;
  onProgress({ phase: 'graph: writing files', done: 0, total: tables.length });
  for (const t of tables) {
    const properties = await tableColumns(writer, t.table);
    const columns = t.relationship ? [...ENDPOINTS, ...properties] : properties;
    const file = path.join(directory, `${t.table}.csv`);
    if (!t.empty) t.write(file, columns);
    files.push({ table: t.table, columns, path: t.empty ? null : file });
    // Writing a large table (members: ~100 MB of row objects and strings) leaves garbage that V8 would
    // keep on top of the live dataset; collecting it here keeps the writing phase's peak down.
    const heap = process.memoryUsage().heapUsed;
    if (heap - collectedAt > GARBAGE_WORTH_COLLECTING) {
      releaseGarbage();
      collectedAt = process.memoryUsage().heapUsed;
    }
    onProgress({ phase: 'graph: writing files', done: files.length, total: tables.length });
  }
  return files;
}

function tableWriters(dataset: NetworkDataset): TableFile[] {
  const { nodes, relationships } = datasetBatches(dataset);
  return [
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
}

/**
 * A full collection now, when the generated dataset has just become garbage: without it V8 keeps its
 * pages (nothing allocates during COPY to trigger one) and they add to COPY's native peak. `gc` is
 * exposed for this one call (`--expose-gc` set at run time; V8 reads it when a context is created).
 */
function releaseGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
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
 * Streams rows to the file as they are visited, through one reused buffer: neither the rows nor the
 * file's text are ever whole in memory, and no large string is built (chunks joined as strings were
 * ~100 MB of garbage per 100k members, on top of the dataset: issue 19).
 */
function writeCsv<T>(
  file: string,
  columns: readonly Column[],
  forEachRow: (visit: (row: T) => void) => void,
  fields: (row: T) => string[],
): void {
  const fd = openSync(file, 'w');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    const append = (line: string) => {
      const bytes = Buffer.byteLength(line);
      if (used + bytes > buffer.length) {
        writeSync(fd, buffer, 0, used);
        used = 0;
        if (bytes > buffer.length) {
          writeSync(fd, line);
          return;
        }
      }
      used += buffer.write(line, used);
    };
    append(csvLine(columns.map((c) => c.name)));
    forEachRow((row) => append(csvLine(fields(row))));
    if (used > 0) writeSync(fd, buffer, 0, used);
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
