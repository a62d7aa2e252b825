// CPV (Common Procurement Vocabulary) codes: 8 digits kept as strings (leading
// zeros), hierarchical by trailing zeros.

const CPV_CODE = /^(\d{8})(?:-\d)?$/;

/** `79530000` or `79530000-8` (with the check digit some sources add) → `79530000`; undefined if malformed. */
export function normalizeCpv(code: string): string | undefined {
  return CPV_CODE.exec(code.trim())?.[1];
}

/** The code and its ancestors, most specific first: 79961000 → [79961000, 79960000, 79900000, 79000000]. */
export function cpvAncestors(code: string): string[] {
  const digits = code.split('');
  const chain = [code];
  for (let i = digits.length - 1; i >= 2; i--) {
    if (digits[i] === '0') continue;
    digits[i] = '0';
    chain.push(digits.join(''));
  }
  return chain;
}
