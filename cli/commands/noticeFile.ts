// Reading an eForms notice file for the CLI (`passerelle notice`, `passerelle import-notice`):
// the size is checked before anything is read, the text must be UTF-8, and the parser's
// refusals name the file. Its own module so that the CLI loads the XML parser only when a
// notice command runs.
import { readFileSync, statSync } from 'node:fs';
import { BadUserInputError } from '../../domain/errors.js';
import { DEFAULT_XML_LIMITS, type Notice, parseNotice } from '../../procurement/index.js';

/** Reads and parses a notice file; the size is checked before anything is read. */
export function parseNoticeFile(path: string, maxBytes: number = DEFAULT_XML_LIMITS.maxLength): Notice {
  const text = readNoticeText(path, maxBytes);
  try {
    return parseNotice(text);
  } catch (error) {
    if (error instanceof BadUserInputError) {
      throw new BadUserInputError(
        error.problems.map((problem) => ({ ...problem, path: [path, ...problem.path] })),
        `${path}: ${error.message}`,
      );
    }
    throw error;
  }
}

function readNoticeText(path: string, maxBytes: number): string {
  const refuse = (message: string) => BadUserInputError.at([path], message);
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw refuse('is not a file');
    size = stats.size;
  } catch (error) {
    throw error instanceof BadUserInputError ? error : refuse(fileErrorMessage(error));
  }
  if (size > maxBytes)
    throw refuse(`is ${formatMiB(size)}, more than the ${formatMiB(maxBytes)} a notice may have`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw refuse(fileErrorMessage(error));
  }
  if (bytes.length > maxBytes) throw refuse(`grew past ${formatMiB(maxBytes)} while being read`);
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    throw refuse('is UTF-16 text; eForms notices are UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('is not UTF-8 text');
  }
}

function fileErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is not a file';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
