// eForms writes countries in ISO 3166-1 alpha-3 (`FRA`); Passerelle's spaces
// and members use alpha-2 (`FR`). The countries of the EU, the EEA, the UK and
// Switzerland, where notices on TED come from.

const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = {
  AUT: 'AT',
  BEL: 'BE',
  BGR: 'BG',
  CHE: 'CH',
  CYP: 'CY',
  CZE: 'CZ',
  DEU: 'DE',
  DNK: 'DK',
  ESP: 'ES',
  EST: 'EE',
  FIN: 'FI',
  FRA: 'FR',
  GBR: 'GB',
  GRC: 'GR',
  HRV: 'HR',
  HUN: 'HU',
  IRL: 'IE',
  ISL: 'IS',
  ITA: 'IT',
  LIE: 'LI',
  LTU: 'LT',
  LUX: 'LU',
  LVA: 'LV',
  MLT: 'MT',
  NLD: 'NL',
  NOR: 'NO',
  POL: 'PL',
  PRT: 'PT',
  ROU: 'RO',
  SVK: 'SK',
  SVN: 'SI',
  SWE: 'SE',
};

/** `FRA` → `FR`; an alpha-2 code is returned as is; undefined for anything else. */
export function countryAlpha2(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  const upper = code.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper;
  return ALPHA3_TO_ALPHA2[upper];
}
