/**
 * Swedish proper names that stay in Swedish inside every translation (services, authorities,
 * the campaign's slogan, words a reader will hear when calling). In a page in another language
 * each is marked lang="sv" so a screen reader switches to a Swedish voice for it (WCAG 3.1.2).
 * Longer names first, so "Barnahus Stockholm" is one name rather than "Barnahus" and a rest.
 */
export const swedishNames: readonly string[] = [
  "KAST – Köpare av sexuella tjänster",
  "Köpare av sexuella tjänster",
  "Nationellt metodstödsteam mot prostitution och människohandel",
  "Nationellt metodstödsteam",
  "Utan efterfrågan, ingen prostitution",
  "Jämställdhetsmyndigheten",
  "Regionkoordinator för vuxna",
  "Regionkoordinator för barn",
  "Kvinnofridslinjen",
  "Mikamottagningen",
  "Barnahus Stockholm",
  "Framtid Stockholm",
  "Operation Kvinnofrid",
  "Migrationsverket",
  "Ungdomsjouren",
  "Socialjouren",
  "Stödcentrum",
  "Mika Hälsa",
  "Barnahus",
  "betänketid",
  "orosanmälan",
  "KAST",
  "BRIS",
].sort((a, b) => b.length - a.length);
