import { residencePermits } from "./law";

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
  "Regionkoordinatorer mot prostitution och människohandel",
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
  ...swedishTerms(),
].sort((a, b) => b.length - a.length);

/**
 * Swedish legal terms, authorities and words a translation keeps in Swedish, usually in brackets
 * beside its own word ("social services (socialtjänsten)"), so the reader knows what to ask for:
 * they are Swedish too (CONTENT.md). tests/unit/swedish-terms.test.ts finds every Swedish word a
 * translation keeps and fails when one is missing here.
 */
function swedishTerms(): string[] {
  const terms = [
    // The law and its words.
    "utnyttjande av barn genom köp av sexuell handling",
    "köp av sexuell handling",
    "grovt koppleri",
    "koppleri",
    "människohandel",
    "otillbörligt medel",
    "brottsbalken",
    "BrB",
    "utlänningslagen",
    "offentlighets- och sekretesslagen",
    "socialtjänstlagen",
    "tystnadsplikt",
    "tystnadsplikten",
    "sekretess",
    "anmälningsplikt",
    "förundersökning",
    "förundersökningen",
    "förundersökningsledaren",
    "försörjningsstöd",
    "ensamkommande",
    "personnummer",
    "sugardejting",
    "betänketid",
    "orosanmälan",
    "anonym",
    "Regeringens proposition",
    "DOS-lagen",
    // Services, authorities and the words a caller will hear.
    "socialtjänsten",
    "socialtjänst",
    "socialförvaltningen",
    "kommun",
    "ungdomsmottagning",
    "ungdomsmottagningar",
    "ungdomsmottagningarna",
    "regionkoordinator",
    "regionkoordinatorer",
    "regionkoordinatorerna",
    "IOM:s återvändandeprogram",
    "Stockholms stad",
    "Region Stockholm",
    "Polisen",
    "NMT",
    "Karolinska Universitetssjukhuset",
    "Folkhälsomyndigheten",
    "Åklagarmyndigheten",
    "Stiftelsen Allmänna Barnhuset",
    "Myndigheten för digital förvaltning",
    "DIGG",
    "stadsdelsnämnd",
    "konsultation",
    "samordnare",
    "tolk",
    // The browser's own Swedish labels, given beside the English ones on the safety page.
    "Nytt inkognitofönster",
    "Nytt InPrivate-fönster",
    "Nytt privat fönster",
    "Privat",
    "Historik",
    "Rensa webbinformation",
    "Kungsholmens stadsdelsnämnd",
    "Stödlinjer",
  ];
  // A term that starts a sentence or a title keeps its capital letter ("Brottsbalken (BrB): …").
  const capitalised = terms.map((term) => term[0]!.toUpperCase() + term.slice(1));
  // Section references that carry Swedish words ("5 kap. 15 § andra stycket"), as the pages write
  // them: on one line (no-break spaces, app/utils/law-values.ts).
  const sections = [residencePermits.reflectionSection, residencePermits.longerSection].map((section) =>
    section.replace(/ /g, "\u00a0"),
  );
  return [...new Set([...terms, ...capitalised, ...sections])];
}
