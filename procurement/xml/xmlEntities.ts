// Decodes the only references an XML document without a DTD may contain: the
// five predefined entities and numeric character references. The parser runs
// with entity processing switched off, so this is the one place where `&...;`
// becomes text; any other named reference is an error, never an expansion.

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(?:(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][A-Za-z0-9._-]*);)?/g;

export class XmlReferenceError extends Error {}

/** Replaces `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`; throws XmlReferenceError on anything else. */
export function decodeXmlReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (_whole, name: string | undefined, offset: number) => {
    if (name === undefined) {
      throw new XmlReferenceError(`a bare "&" must be written "&amp;" (near "${excerpt(raw, offset)}")`);
    }
    if (name.startsWith('#')) return characterReference(name);
    const value = PREDEFINED[name];
    if (value === undefined) {
      throw new XmlReferenceError(`the entity "&${name};" is not one of the five predefined XML entities`);
    }
    return value;
  });
}

function characterReference(name: string): string {
  const codePoint = name.startsWith('#x')
    ? Number.parseInt(name.slice(2), 16)
    : Number.parseInt(name.slice(1), 10);
  if (!isXmlChar(codePoint)) throw new XmlReferenceError(`"&${name};" is not a character allowed in XML`);
  return String.fromCodePoint(codePoint);
}

/** The `Char` production of XML 1.0. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

function excerpt(raw: string, at: number): string {
  return raw.slice(Math.max(0, at - 10), at + 10).replace(/\s+/g, ' ');
}
