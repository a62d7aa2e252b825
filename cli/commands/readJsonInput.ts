// Reads the JSON document a command is given: a file, or standard input for
// "-". A document that is not JSON is refused with a BadUserInputError naming
// the file and the line and column where it stops being JSON.
import { readFile } from 'node:fs/promises';
import { BadUserInputError } from '../../domain/errors.js';
import { findJsonSyntaxError } from './jsonSyntaxError.js';

export const STDIN = '-';

export async function readJsonInput(
  source: string,
  stdin: AsyncIterable<Buffer> = process.stdin,
): Promise<unknown> {
  const name = source === STDIN ? 'stdin' : source;
  const text = stripBom(source === STDIN ? await readAll(stdin) : await readText(source));
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = findJsonSyntaxError(text);
    const where = at ? `${at.reason} at line ${at.line}, column ${at.column}` : (error as Error).message;
    throw BadUserInputError.at([name], `is not valid JSON: ${where}`);
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is not a file' : `cannot be read (${code})`;
    throw BadUserInputError.at([path], reason);
  }
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
