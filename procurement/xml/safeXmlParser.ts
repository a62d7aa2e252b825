// Parses untrusted XML into a namespace-resolved element tree, safely:
// - no DTD is ever read: any `<!DOCTYPE`, `<!ENTITY` (or other markup
//   declaration) is refused before the parser sees the text, so external
//   entities (XXE) and entity expansion (billion laughs) cannot happen;
// - fast-xml-parser runs with `processEntities: false`; the five predefined
//   entities and numeric references are decoded by decodeXmlReferences, and
//   any other reference is an error;
// - the size and the nesting depth are bounded.
// Well-formedness is checked by the library's validator (its parser alone is
// lenient about mismatched tags), namespaces are resolved here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadUserInputError } from '../../domain/errors.js';
import type { XmlElement } from './xmlElement.js';
import { decodeXmlReferences, XmlReferenceError } from './xmlEntities.js';

export interface XmlLimits {
  /** Longest accepted document, in UTF-16 code units (≈ bytes for XML's mostly-ASCII markup). */
  maxLength: number;
  /** Deepest accepted element nesting (eForms notices nest 12 levels). */
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 20 * 1024 * 1024, maxDepth: 48 };

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Fast-xml-parser's ordered output: `{ [tag]: children, ':@'?: attributes }`, `{ '#text': s }` or `{ '#cdata': [{ '#text': s }] }`. */
type OrderedNode = Record<string, unknown>;

export function parseXmlDocument(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (xml.length > limits.maxLength) {
    throw refused(
      `the document is ${formatSize(xml.length)}, more than the ${formatSize(limits.maxLength)} accepted`,
      'xml.tooLarge',
      { size: xml.length, max: limits.maxLength },
    );
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  checkDeclaredEncoding(text);
  refuseMarkupDeclarations(text);

  const nodes = runParser(text, limits.maxDepth);
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw refused(
      `not well-formed XML: ${msg} (line ${line}${col ? `, column ${col}` : ''})`,
      'xml.notWellFormedAt',
      {
        reason: msg,
        line,
      },
    );
  }
  const rootNode = nodes.find((node) => elementTag(node) !== undefined);
  if (!rootNode) throw refused('not XML: no root element', 'xml.noRoot', {});
  return toElement(
    rootNode,
    new Map([
      ['', ''],
      ['xml', XML_NAMESPACE],
    ]),
  );
}

/** A refused document: the English message, and a code with its parameters for the web app's languages. */
function refused(message: string, code: string, params: Record<string, string | number>): BadUserInputError {
  return new BadUserInputError([{ path: [], message, reason: { code: `eforms.${code}`, params } }]);
}

function formatSize(length: number): string {
  return length >= 1024 * 1024 ? `${(length / (1024 * 1024)).toFixed(1)} MiB` : `${length} characters`;
}

/** The parser only receives strings; a document that says it is in another encoding was mis-decoded. */
function checkDeclaredEncoding(text: string): void {
  const declaration = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
  const encoding = declaration?.[1];
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    throw refused(
      `the document declares the encoding "${encoding}"; eForms notices are UTF-8`,
      'xml.encoding',
      {
        encoding,
      },
    );
  }
}

/** `<!` may only open a comment or a CDATA section: DOCTYPE, ENTITY, ELEMENT, ATTLIST and NOTATION are refused. */
function refuseMarkupDeclarations(text: string): void {
  const match = /<!(?!--|\[CDATA\[)\s*([A-Za-z]*)/.exec(text);
  if (!match) return;
  const keyword = match[1]?.toUpperCase() || 'markup';
  throw refused(
    `a <!${keyword} declaration was found at line ${lineOf(text, match.index)}: DTDs and entity declarations are refused ` +
      '(eForms notices never contain one, and they can read local files or expand entities without bound)',
    'xml.declaration',
    { keyword, line: lineOf(text, match.index) },
  );
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function runParser(text: string, maxDepth: number): OrderedNode[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    commentPropName: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: maxDepth,
  });
  try {
    return parser.parse(text) as OrderedNode[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/nested tags/i.test(reason)) {
      throw refused(`elements are nested deeper than ${maxDepth} levels`, 'xml.tooDeep', { max: maxDepth });
    }
    throw refused(`not well-formed XML: ${reason}`, 'xml.notWellFormed', { reason });
  }
}

function elementTag(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text' && key !== '#cdata') return key;
  return undefined;
}

function toElement(node: OrderedNode, inherited: ReadonlyMap<string, string>): XmlElement {
  const qualifiedName = elementTag(node) ?? '';
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const attributes = new Map<string, string>();
  const texts: string[] = [];
  const children: XmlElement[] = [];
  let scope = inherited;
  try {
    scope = withDeclarations(inherited, rawAttributes);
    for (const [name, value] of Object.entries(rawAttributes)) {
      if (name !== 'xmlns' && !name.includes(':')) attributes.set(name, decodeXmlReferences(value));
    }
    for (const child of node[qualifiedName] as OrderedNode[]) {
      if ('#text' in child) texts.push(decodeXmlReferences(String(child['#text'])));
      else if ('#cdata' in child) texts.push(cdataText(child['#cdata'] as OrderedNode[]));
      else children.push(toElement(child, scope));
    }
  } catch (error) {
    if (error instanceof XmlReferenceError) {
      throw refused(`in <${qualifiedName}>: ${error.message}`, 'xml.reference', {
        element: qualifiedName,
        reason: error.message,
      });
    }
    throw error;
  }
  const colon = qualifiedName.indexOf(':');
  const prefix = colon === -1 ? '' : qualifiedName.slice(0, colon);
  const namespace = scope.get(prefix);
  if (namespace === undefined) {
    throw refused(`the namespace prefix "${prefix}" of <${qualifiedName}> is not declared`, 'xml.prefix', {
      prefix,
      element: qualifiedName,
    });
  }
  return {
    namespace,
    name: qualifiedName.slice(colon + 1),
    qualifiedName,
    attributes,
    children,
    text: texts.join('').trim(),
  };
}

function withDeclarations(
  inherited: ReadonlyMap<string, string>,
  attributes: Record<string, string>,
): ReadonlyMap<string, string> {
  let scope: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(inherited);
    scope.set(name === 'xmlns' ? '' : name.slice('xmlns:'.length), decodeXmlReferences(value));
  }
  return scope ?? inherited;
}

function cdataText(parts: OrderedNode[]): string {
  return parts.map((part) => String(part['#text'] ?? '')).join('');
}
