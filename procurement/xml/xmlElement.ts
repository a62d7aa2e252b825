// A namespace-resolved XML element tree and the few ways of walking it that an
// eForms reader needs. Elements are matched on (namespace URI, local name),
// never on the prefix a document happens to use.

export interface QName {
  readonly namespace: string;
  readonly name: string;
}

export interface XmlElement extends QName {
  /** The name as written in the document (with its prefix), for messages. */
  readonly qualifiedName: string;
  /** Attributes without a namespace prefix (`listName`, `schemeName`, `languageID`...), references decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (character data and CDATA), references decoded, trimmed. */
  readonly text: string;
}

export function qname(namespace: string, name: string): QName {
  return { namespace, name };
}

export function isNamed(element: XmlElement, name: QName): boolean {
  return element.name === name.name && element.namespace === name.namespace;
}

/** Direct children with this name. */
export function childrenNamed(parent: XmlElement, name: QName): XmlElement[] {
  return parent.children.filter((child) => isNamed(child, name));
}

/** Every element reached by following `path` from `parent`, one level per step. */
export function select(parent: XmlElement, ...path: QName[]): XmlElement[] {
  let current: XmlElement[] = [parent];
  for (const step of path) {
    const next: XmlElement[] = [];
    for (const element of current) {
      for (const child of element.children) if (isNamed(child, step)) next.push(child);
    }
    if (next.length === 0) return next;
    current = next;
  }
  return current;
}

export function selectFirst(parent: XmlElement, ...path: QName[]): XmlElement | undefined {
  return select(parent, ...path)[0];
}

/** The first non-empty text along `path`, or undefined. */
export function textAt(parent: XmlElement, ...path: QName[]): string | undefined {
  for (const element of select(parent, ...path)) if (element.text !== '') return element.text;
  return undefined;
}

/** Non-empty texts of every element along `path`, in document order. */
export function textsAt(parent: XmlElement, ...path: QName[]): string[] {
  return select(parent, ...path)
    .map((element) => element.text)
    .filter((text) => text !== '');
}

export function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(name);
}
