// Parsing of numeric command-line options; a bad value names the option.
import { BadUserInputError } from '../../domain/errors.js';

export function wholeNumber(option: string, min: number = Number.MIN_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isSafeInteger(n))
      throw BadUserInputError.at([option], 'must be a whole number');
    if (n < min) throw BadUserInputError.at([option], `must be ≥ ${min}`);
    return n;
  };
}
