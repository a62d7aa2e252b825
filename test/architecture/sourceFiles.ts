// Reads the project's own source files (no tests, no node_modules) with a
// real parser (oxc, through rolldown/parseAst, which vite brings: TypeScript 7
// has no JS API) and extracts what the architecture test checks: each
// file's relative imports resolved to files (type-only ones included, since a
// type cycle is still a circle for the reader), and the text of its string
// literals (where Cypher would hide).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export interface SourceImport {
  /** Repository-relative path of the imported file. */
  target: string;
  typeOnly: boolean;
}

export interface SourceFile {
  /** Repository-relative path, with forward slashes. */
  path: string;
  imports: SourceImport[];
  /** The text of every string and template literal. */
  literals: string[];
}

/** The top-level folders holding application code (tests, tooling and web/build aside). */
export const SOURCE_ROOTS = [
  'domain',
  'graph',
  'search',
  'procurement',
  'messaging',
  'workers',
  'services',
  'api',
  'cli',
  'web/src',
] as const;

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.includes('/test/');

function walk(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(join(root, dir))) {
    if (name === 'node_modules' || name === 'dist' || name === 'reference') continue;
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) walk(root, path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !isTest(path)) out.push(path);
  }
}

/** The file a relative specifier names ("./x.js" → "x.ts" or "x.tsx" or "x/index.ts"), or null. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  const base = normalize(join(dirname(from), specifier.replace(/\.jsx?$/, '')));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) {
      return relative(root, join(root, candidate)).split('\\').join('/');
    }
  }
  return null;
}

/** An ESTree node as far as this walk needs: its type and its children. */
interface AstNode {
  type: string;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

const literalText = (node: unknown): string | null =>
  isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null;

function parse(root: string, path: string): SourceFile {
  const text = readFileSync(join(root, path), 'utf8');
  const ast = parseAst(text, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' }, path) as unknown as AstNode;
  const imports: SourceImport[] = [];
  const literals: string[] = [];
  const addImport = (specifier: string | null, typeOnly: boolean) => {
    if (!specifier?.startsWith('.')) return;
    const target = resolveSpecifier(root, path, specifier);
    if (target) imports.push({ target, typeOnly });
  };
  const visit = (node: AstNode): void => {
    switch (node.type) {
      case 'ImportDeclaration': {
        const specifiers = (node.specifiers as AstNode[] | undefined) ?? [];
        const typeOnly =
          node.importKind === 'type' ||
          (specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type'));
        addImport(literalText(node.source), typeOnly);
        return;
      }
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source) addImport(literalText(node.source), node.exportKind === 'type');
        break;
      case 'ImportExpression':
        addImport(literalText(node.source), false);
        break;
      case 'Literal':
        if (typeof node.value === 'string') literals.push(node.value);
        return;
      case 'TemplateLiteral':
        literals.push(
          ((node.quasis as AstNode[]) ?? [])
            .map((q) => (q.value as { cooked: string | null; raw: string }).raw)
            .join(' … '),
        );
        break;
    }
    for (const child of children(node)) visit(child);
  };
  visit(ast);
  return { path, imports, literals };
}

/** Every application source file under the roots, parsed. */
export function readSourceFiles(root: string): SourceFile[] {
  const paths: string[] = [];
  for (const dir of SOURCE_ROOTS) if (existsSync(join(root, dir))) walk(root, dir, paths);
  return paths.sort().map((path) => parse(root, path));
}

/** Strongly connected components of more than one file (or a file importing itself): the import cycles. */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, [...new Set(f.imports.map((i) => i.target))]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) connect(v);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
