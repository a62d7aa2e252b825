// The notice's list of organisations (buyer, review body, tenderers...), which
// the rest of the notice refers to by id (`ORG-0001`).
import { select, textAt, type XmlElement } from '../xml/xmlElement.js';
import { cac, cbc, EFORMS_EXTENSION, efac } from './namespaces.js';
import type { Organisation } from './notice.js';
import { readTexts } from './valueReaders.js';

export function readOrganisations(root: XmlElement, defaultLanguage: string): Map<string, Organisation> {
  const organisations = new Map<string, Organisation>();
  const companies = select(
    root,
    ...EFORMS_EXTENSION,
    efac('Organizations'),
    efac('Organization'),
    efac('Company'),
  );
  for (const company of companies) {
    const id = textAt(company, cac('PartyIdentification'), cbc('ID'));
    if (!id || organisations.has(id)) continue;
    const address = select(company, cac('PostalAddress'))[0];
    organisations.set(id, {
      id,
      name: readTexts(select(company, cac('PartyName'), cbc('Name')), defaultLanguage),
      town: address ? (textAt(address, cbc('CityName')) ?? null) : null,
      nuts: address ? (textAt(address, cbc('CountrySubentityCode')) ?? null) : null,
      country: address ? (textAt(address, cac('Country'), cbc('IdentificationCode')) ?? null) : null,
    });
  }
  return organisations;
}

/** The organisation's name in the first language that has one. */
export function organisationName(organisation: Organisation, languages: readonly string[]): string | null {
  for (const language of languages) {
    const name = organisation.name[language];
    if (name) return name;
  }
  return Object.values(organisation.name)[0] ?? null;
}
