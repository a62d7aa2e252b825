// Import files must be UTF-8 text. A byte-order mark (Excel's "CSV UTF-8") is
// dropped; anything else that is not UTF-8 is refused with the first bad line.
import { BadUserInputError } from '../../domain/errors.js';

const BOM = '\uFEFF';

export function decodeUtf8(content: Uint8Array | string): string {
  if (typeof content === 'string') return content.startsWith(BOM) ? content.slice(1) : content;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
    const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
    throw notUtf8(before.split('\n').length);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The refusal of a file that is not UTF-8, naming the line of the first bad byte. */
export function notUtf8(line: number): BadUserInputError {
  return BadUserInputError.at(
    ['file'],
    `is not UTF-8 text (first invalid byte on line ${line}); save it as UTF-8 ("CSV UTF-8" in spreadsheets)`,
  );
}
