// Reads an import file as a stream of physical lines, in constant memory: UTF-8
// decoded as it arrives (a byte-order mark is dropped; bytes that are not UTF-8
// are refused with the first bad line), split on CRLF, LF or a lone CR.
import type { Readable } from 'node:stream';
import { notUtf8 } from './decodeText.js';

export interface FileLine {
  /** 1-based physical line number. */
  number: number;
  text: string;
}

/** The lines of a byte stream (a file's read stream); the last line may lack its line break. */
export async function* fileLines(bytes: Readable | AsyncIterable<Uint8Array>): AsyncGenerator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pending = '';
  let number = 1;
  let skipLf = false;
  const split = function* (text: string, final: boolean): Generator<FileLine> {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 && skipLf && i === start) {
        // The LF of a CRLF split across two chunks.
        start = i + 1;
        skipLf = false;
        continue;
      }
      skipLf = false;
      if (c !== 10 && c !== 13) continue;
      yield { number: number++, text: pending + text.slice(start, i) };
      pending = '';
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else skipLf = true;
      }
      start = i + 1;
    }
    pending += text.slice(start);
    if (final && pending !== '') {
      yield { number: number++, text: pending };
      pending = '';
    }
  };
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk as Uint8Array, { stream: true });
    } catch {
      const lossy = new TextDecoder('utf-8').decode(chunk as Uint8Array);
      throw notUtf8(number + countLineBreaks(lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')))));
    }
    yield* split(text, false);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8(number);
  }
  yield* split(rest, true);
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) n++;
  return n;
}
