// Tests and benchmarks read the real eForms examples and the CPV list from
// `<repo>/../shared/data/` (read-only material that is never copied into the
// repository). The repository root is found by walking up to its package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'passerelle'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the passerelle repository root above this file');
    dir = parent;
  }
}

export const SHARED_DATA_DIR = join(repositoryRoot(), '..', 'shared', 'data');
export const EFORMS_EXAMPLES_DIR = join(SHARED_DATA_DIR, 'eforms');

export function examplePath(file: string): string {
  return join(EFORMS_EXAMPLES_DIR, file);
}

export function readExample(file: string): string {
  return readFileSync(examplePath(file), 'utf8');
}

/** The CPV list (`code,en,fr,nl`, RFC 4180) as a map from code to English label. */
export function readCpvLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  const rows = parseCsv(readFileSync(join(SHARED_DATA_DIR, 'cpv.csv'), 'utf8'));
  for (const [code, en] of rows.slice(1)) if (code && en !== undefined) labels.set(code, en);
  return labels;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
