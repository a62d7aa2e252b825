// The plural and feminine forms a folded word may take in French, English,
// Dutch and German, generated from the form the taxonomy gives
// (`photographe` → `photographes`; `traducteur` → `traductrice`, `traductrices`;
// `fotograaf` → `fotografen`; `ubersetzer` → `ubersetzerin`). Forms are only
// added, never stripped from the text, so a short common word cannot turn into
// a term (`danse` never matches the French `dans`).

const FEMININE_ENDINGS: readonly [string, string][] = [
  ['teur', 'trice'],
  ['eur', 'euse'],
  ['ier', 'iere'],
  ['ien', 'ienne'],
  ['on', 'onne'],
  ['el', 'elle'],
  ['if', 'ive'],
];

/** Every accepted form of `word`, itself first. Words under 3 letters are kept as they are. */
export function wordForms(word: string): string[] {
  if (word.length < 3) return [word];
  const singulars = new Set([word]);
  for (const [masculine, feminine] of FEMININE_ENDINGS) {
    if (word.endsWith(masculine)) singulars.add(word.slice(0, -masculine.length) + feminine);
  }
  if (word.length >= 5) {
    singulars.add(`${word}e`);
    singulars.add(`${word}in`);
  }
  const forms = new Set<string>();
  for (const singular of singulars) {
    forms.add(singular);
    for (const plural of plurals(singular)) forms.add(plural);
  }
  if (word.length >= 5) forms.add(`${word}innen`);
  return [...forms];
}

function plurals(word: string): string[] {
  const out = [`${word}s`, `${word}en`];
  if (word.endsWith('e')) out.push(`${word}n`);
  if (/(?:eau|eu|au)$/.test(word)) out.push(`${word}x`);
  if (word.endsWith('al')) out.push(`${word.slice(0, -2)}aux`);
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  if (/(?:s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`);
  // Dutch opens a doubled vowel before the plural ending: fotograaf → fotografen, beeld → beelden.
  const doubled = /^(.*)([aeou])\2([^aeiou])$/.exec(word);
  if (doubled) out.push(`${doubled[1]}${doubled[2]}${doubled[3]}en`);
  return out;
}
