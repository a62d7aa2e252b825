/** Lower case without accents, so "ceramique" finds "Céramique" in client-side filters. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}
