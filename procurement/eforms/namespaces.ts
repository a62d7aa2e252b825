// The namespaces of eForms notices (UBL 2.3 + eForms extensions) and name
// builders per namespace, so that the readers say `cbc('ID')` and match on the URI.
import { type QName, qname } from '../xml/xmlElement.js';

export const NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
} as const;

export const cac = (name: string): QName => qname(NAMESPACES.cac, name);
export const cbc = (name: string): QName => qname(NAMESPACES.cbc, name);
export const ext = (name: string): QName => qname(NAMESPACES.ext, name);
export const efext = (name: string): QName => qname(NAMESPACES.efext, name);
export const efac = (name: string): QName => qname(NAMESPACES.efac, name);
export const efbc = (name: string): QName => qname(NAMESPACES.efbc, name);

/** `ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension`, below the root or a lot's terms. */
export const EFORMS_EXTENSION: readonly QName[] = [
  ext('UBLExtensions'),
  ext('UBLExtension'),
  ext('ExtensionContent'),
  efext('EformsExtension'),
];

export const NOTICE_KINDS = ['contract-notice', 'prior-information-notice', 'contract-award-notice'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The three root elements this parser reads, each in its own document namespace. */
export const ROOT_ELEMENTS: readonly { kind: NoticeKind; name: string; namespace: string }[] = [
  {
    kind: 'contract-notice',
    name: 'ContractNotice',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2',
  },
  {
    kind: 'prior-information-notice',
    name: 'PriorInformationNotice',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2',
  },
  {
    kind: 'contract-award-notice',
    name: 'ContractAwardNotice',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2',
  },
];
