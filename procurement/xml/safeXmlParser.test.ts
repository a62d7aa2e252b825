import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { parseNotice } from '../eforms/parseNotice.js';
import { readExample } from '../testing/sharedData.js';
import { parseXmlDocument } from './safeXmlParser.js';
import { decodeXmlReferences } from './xmlEntities.js';

function refusalMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.message;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

const NOTICE_OPEN =
  '<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" ' +
  'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">';

describe('hostile input is refused with a clear message', () => {
  it('refuses text that is not XML', () => {
    expect(refusalMessage(() => parseNotice('hello, this is not a notice'))).toBe(
      "not well-formed XML: char 'h' is not expected. (line 1, column 1)",
    );
    expect(refusalMessage(() => parseNotice(''))).toMatch(/^not well-formed XML/);
  });

  it('refuses mismatched tags that a lenient parser would accept', () => {
    expect(refusalMessage(() => parseXmlDocument('<a><b></a>'))).toMatch(
      /^not well-formed XML: Expected closing tag 'b'.*\(line 1, column 7\)$/,
    );
  });

  it('refuses an XXE payload without reading the file', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n${NOTICE_OPEN}<cbc:ID>&e;</cbc:ID></ContractNotice>`;
    const message = refusalMessage(() => parseNotice(xxe));
    expect(message).toMatch(
      /^a <!DOCTYPE declaration was found at line 2: DTDs and entity declarations are refused/,
    );
    expect(message).not.toMatch(/root:|nologin|\/bin\//);
  });

  it('refuses an entity bomb (billion laughs) before expanding anything', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><lolz>&lol9;</lolz>`;
    expect(refusalMessage(() => parseNotice(bomb))).toMatch(/^a <!DOCTYPE declaration/);
  });

  it('refuses an entity declaration even without a DOCTYPE around it', () => {
    expect(refusalMessage(() => parseXmlDocument('<a><!ENTITY x "y"></a>'))).toMatch(
      /^a <!ENTITY declaration/,
    );
  });

  it('refuses references to undeclared entities and forbidden characters', () => {
    expect(refusalMessage(() => parseXmlDocument('<a>&nbsp;</a>'))).toBe(
      'in <a>: the entity "&nbsp;" is not one of the five predefined XML entities',
    );
    expect(refusalMessage(() => parseXmlDocument('<a b="&#0;"/>'))).toBe(
      'in <a>: "&#0;" is not a character allowed in XML',
    );
  });

  it('refuses a 50 MB document without parsing it', () => {
    const huge = `${NOTICE_OPEN}<cbc:Note>${'x'.repeat(50 * 1024 * 1024)}</cbc:Note></ContractNotice>`;
    expect(refusalMessage(() => parseNotice(huge))).toBe(
      'the document is 50.0 MiB, more than the 20.0 MiB accepted',
    );
  });

  it('refuses deep nesting', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    expect(refusalMessage(() => parseXmlDocument(deep))).toBe('elements are nested deeper than 48 levels');
  });

  it('refuses an undeclared namespace prefix', () => {
    expect(refusalMessage(() => parseXmlDocument('<a><x:b/></a>'))).toBe(
      'the namespace prefix "x" of <x:b> is not declared',
    );
  });

  it('refuses a document declared in another encoding', () => {
    expect(refusalMessage(() => parseXmlDocument('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toBe(
      'the document declares the encoding "ISO-8859-1"; eForms notices are UTF-8',
    );
  });

  it('refuses property names that could pollute prototypes', () => {
    expect(refusalMessage(() => parseXmlDocument('<a><__proto__>1</__proto__></a>'))).toMatch(
      /^not well-formed XML/,
    );
  });
});

describe('parseXmlDocument', () => {
  it('resolves namespaces, keeps unprefixed attributes and skips comments', () => {
    const root = parseXmlDocument(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?><!-- note --><r xmlns="urn:r" xmlns:p="urn:p" xmlns:xsi="urn:xsi">' +
        '<p:c listName="cpv" xsi:type="t">  79530000 <!-- inline --></p:c><d xmlns="urn:d"/></r>',
    );
    expect(root).toMatchObject({ namespace: 'urn:r', name: 'r' });
    const [c, d] = root.children;
    expect(c).toMatchObject({ namespace: 'urn:p', name: 'c', qualifiedName: 'p:c', text: '79530000' });
    expect([...(c?.attributes ?? [])]).toEqual([['listName', 'cpv']]);
    expect(d).toMatchObject({ namespace: 'urn:d', name: 'd' });
  });

  it('accepts every valid eForms example, comments included', () => {
    expect(parseXmlDocument(readExample('cn_24_FRA_comments.xml')).name).toBe('ContractNotice');
  });
});

describe('decodeXmlReferences', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;&gt;&quot;&apos;', `<>"'`],
    ['caf&#233; &#x1F600;', 'café 😀'],
    ['no references', 'no references'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeXmlReferences(raw)).toBe(decoded);
  });

  it('refuses a bare ampersand and unknown entities', () => {
    expect(() => decodeXmlReferences('fish & chips')).toThrow('a bare "&" must be written "&amp;"');
    expect(() => decodeXmlReferences('&eacute;')).toThrow('"&eacute;" is not one of the five predefined');
    expect(() => decodeXmlReferences('&#xD800;')).toThrow('is not a character allowed in XML');
  });
});
