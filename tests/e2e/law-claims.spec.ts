import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { supportedLanguages, type Language } from "~/i18n";
import { expect, test } from "./fixtures";

/**
 * The legal, cost and "who is it for" claims a fact check found wrong stay corrected, in every
 * language (issues 13 and 20). Three kinds of guard:
 *  - Swedish, the source: the rendered pages say the right thing, word for word, and none of the
 *    wrong things.
 *  - Every language, by structure: the claim's key exists in the language's locale file, its
 *    sentence is on the page, and that sentence carries the same figures and Swedish names as the
 *    Swedish one (written here by hand from shared/FACTS.md, never computed by the app).
 *  - Every language, by wording: a list of wrong wordings that must never return (also checked on
 *    the raw strings of every key in tests/unit/locales.test.ts).
 */
type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

/** Text as a reader sees it: one space for any run of white space, no bidi isolates, no NBSP. */
function clean(text: string): string {
  return text.replace(/[\u2068\u2069\u200e\u200f]/g, "").replace(/[\s\u00a0]+/g, " ").trim();
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (!("childNodes" in node)) return "";
  return (node.childNodes as Node[]).map(textOf).join("");
}

interface Block {
  tag: string;
  text: string;
  hrefs: string[];
}

/**
 * Every element in <main> with its text and the links inside it: a claim's sentence is found in
 * the innermost one that holds it, whatever the markup around it (paragraph, list item, button).
 */
async function blocksOf(request: import("@playwright/test").APIRequestContext, path: string): Promise<Block[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const blocks: Block[] = [];
  const hrefs = (node: Node, out: string[] = []): string[] => {
    if ("tagName" in node && node.tagName === "a") {
      const href = node.attrs.find((attr) => attr.name === "href")?.value;
      if (href) out.push(href);
    }
    if ("childNodes" in node) for (const child of node.childNodes as Node[]) hrefs(child, out);
    return out;
  };
  const walk = (node: Node, inMain: boolean) => {
    if ("tagName" in node) {
      const element = node as Element;
      if (element.tagName === "script" || element.tagName === "style") return;
      const main = inMain || element.tagName === "main";
      if (main) blocks.push({ tag: element.tagName, text: clean(textOf(element)), hrefs: hrefs(element) });
      for (const child of element.childNodes as Node[]) walk(child, main);
    } else if ("childNodes" in node) {
      for (const child of node.childNodes as Node[]) walk(child, inMain);
    }
  };
  walk(parse(await response.text()), false);
  return blocks;
}

/** The text of <main> as read, with a space where one element ends and the next begins. */
async function pageText(request: import("@playwright/test").APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const parts: string[] = [];
  const walk = (node: Node, inMain: boolean) => {
    if (node.nodeName === "#text") {
      if (inMain) parts.push((node as DefaultTreeAdapterMap["textNode"]).value);
      return;
    }
    if ("tagName" in node && (node.tagName === "script" || node.tagName === "style")) return;
    const main = inMain || ("tagName" in node && node.tagName === "main");
    const inline = "tagName" in node && ["a", "span", "bdi", "b", "strong", "em", "abbr"].includes(node.tagName);
    if (!inline) parts.push(" ");
    if ("childNodes" in node) for (const child of node.childNodes as Node[]) walk(child, main);
    if ("content" in node && node.content) walk(node.content as unknown as Node, main);
    if (!inline) parts.push(" ");
  };
  walk(parse(await response.text()), false);
  return clean(parts.join(""));
}

type Tree = { [key: string]: string | Tree | Tree[] | string[] };

function localeString(language: Language, ns: string, key: string): string | undefined {
  const tree = JSON.parse(readFileSync(join(process.cwd(), "locales", language, `${ns}.json`), "utf8")) as Tree;
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof value === "string" ? value : undefined;
}

/** The longest stretch of a translation between placeholders (tags dropped, their words kept): how its sentence is found on a page. */
function anchorOf(value: string): string {
  return clean(
    value
      .replace(/<\/?\w+>/g, "")
      .split(/{{\s*[\w.]+\s*}}/)
      .map((part) => part.trim())
      .sort((a, b) => b.length - a.length)[0] ?? "",
  ).slice(0, 60);
}

/** "Women" or "a woman", as each language says it (Kvinnofridslinjen is the national line for women, FACTS.md). */
const WOMEN: Record<Language, RegExp> = {
  sv: /kvinn/i,
  lattlast: /kvinn/i,
  en: /wom[ae]n/i,
  ar: /نساء|امرأة/,
  fa: /زنان|زنی /,
  so: /haween|dumar/i,
  ti: /ደቂ ኣንስትዮ|ኣንስተይቲ/,
  ro: /femei/i,
  bg: /жени|жена/i,
  ru: /женщин/i,
  uk: /жінк|жінок/i,
  th: /ผู้หญิง|สตรี/,
  es: /mujer/i,
};

const REFLECTION = "5 kap. 15 § andra stycket";
const LONGER = "5 kap. 15 § första stycket";

/**
 * Each corrected claim: where it is rendered, its key, and what its sentence must carry in every
 * language (figures and Swedish names from FACTS.md; a RegExp where the language says it).
 */
interface Claim {
  what: string;
  path: string;
  key: string;
  carries: (string | ((language: Language) => RegExp))[];
  /** Links the sentence must hold (the page's own language prefix is added). */
  links?: string[];
}

const women = (language: Language) => WOMEN[language];

const CLAIMS: Claim[] = [
  { what: "the reflection period: 30 days, 5 kap. 15 § second paragraph", path: "/law", key: "law:sections.victims.points.2", carries: ["30", REFLECTION] },
  { what: "the longer permit: at least 6 months, 5 kap. 15 § first paragraph", path: "/law", key: "law:sections.victims.points.3", carries: ["6", LONGER] },
  { what: "the law page's sources cite both paragraphs of the Aliens Act", path: "/law", key: "law:sourcesList.aliensAct", carries: ["2005:716", REFLECTION, LONGER] },
  { what: "the bill is cited by its number", path: "/law", key: "law:sourcesList.bill", carries: ["2024/25:124"] },
  {
    what: "the professionals' summary: who applies for which permit, with both sections",
    path: "/help/professionals",
    key: "journeys:professionals.law.points.4",
    carries: ["30", "6", REFLECTION, LONGER, "Migrationsverket"],
  },
  { what: "the seller's page: 30 days of reflection", path: "/help/selling", key: "journeys:selling.law.points.4", carries: ["30"] },
  { what: "the seller's page: the victim does not apply", path: "/help/selling", key: "journeys:selling.law.points.5", carries: ["Migrationsverket"] },
  { what: "home: Kvinnofridslinjen is the line for women", path: "/", key: "home:callNow.violence", carries: [women] },
  { what: "Svarar ingen?: Kvinnofridslinjen for women", path: "/help/selling", key: "common:noAnswer.violence", carries: [women, "Kvinnofridslinjen"] },
  { what: "Kvinnofridslinjen's card: for women", path: "/services", key: "services:kvinnofridslinjen.summary", carries: [women] },
  { what: "Kvinnofridslinjen's page: for women", path: "/services/kvinnofridslinjen", key: "services:kvinnofridslinjen.forWhom", carries: [women] },
  { what: "the seller's page: Kvinnofridslinjen for women", path: "/help/selling", key: "journeys:selling.help.points.4", carries: [women, "Kvinnofridslinjen"] },
  { what: "the relatives' page: Kvinnofridslinjen for women", path: "/help/close-to-someone", key: "journeys:close-to-someone.help.points.3", carries: [women, "Kvinnofridslinjen"] },
  { what: "safety: an 08 call can show on the bill", path: "/safety", key: "safety:calls.bill", carries: ["08", "KAST", "Mikamottagningen"] },
  { what: "safety: 020 numbers, such as Kvinnofridslinjen, are free and not on the bill", path: "/safety", key: "safety:calls.free", carries: ["020", "Kvinnofridslinjen"] },
  { what: "anonymity: an 08 call can still show on the bill", path: "/anonymity", key: "anonymity:sections.hide.points.3", carries: ["08"] },
  {
    what: "relatives: a parent worried about a child goes to social services (linked) and 112",
    path: "/help/close-to-someone",
    key: "journeys:close-to-someone.help.points.2",
    carries: ["112"],
    links: ["/municipalities"],
  },
  { what: "Socialjouren is no dead end", path: "/services/socialjouren", key: "services:noNumber.not-in-sources", carries: ["112"], links: ["/municipalities"] },
  { what: "youth clinics are no dead end", path: "/services/youth-clinics", key: "services:noNumber.many-places", carries: ["Region Stockholm"], links: ["/municipalities"] },
  {
    what: "Preventell: where to find it, and KAST for people who have lost control",
    path: "/services/preventell",
    key: "services:noNumber.unconfirmed",
    carries: ["karolinska.se", "18"],
    links: ["/services/kast"],
  },
  { what: "the relatives' poster: social services for a worried parent", path: "/print/relatives-poster", key: "print:printables.relatives-poster.lines.2", carries: [] },
  { what: "the relatives' card: social services and 112", path: "/print/relatives-card", key: "print:printables.relatives-card.lines.1", carries: ["112"] },
];

for (const language of supportedLanguages) {
  test(`${language}: every corrected claim is on its page with the same figures and names as the Swedish`, async ({ request }) => {
    const pages = new Map<string, Block[]>();
    const problems: string[] = [];
    for (const claim of CLAIMS) {
      const [ns, key] = claim.key.split(":") as [string, string];
      const value = localeString(language, ns, key);
      if (!value) {
        problems.push(`${claim.key}: missing (${claim.what})`);
        continue;
      }
      const path = `/${language}${claim.path === "/" ? "/" : claim.path}`;
      if (!pages.has(path)) pages.set(path, await blocksOf(request, path));
      const anchor = anchorOf(value);
      // The innermost block holding the sentence: its text is the sentence with its figures filled in.
      const block = pages
        .get(path)!
        .filter((candidate) => candidate.text.includes(anchor))
        .sort((a, b) => a.text.length - b.text.length)[0];
      if (!block) {
        problems.push(`${claim.key}: not on ${path} (${claim.what})`);
        continue;
      }
      for (const part of claim.carries) {
        const ok = typeof part === "string" ? block.text.includes(part) : part(language).test(block.text);
        if (!ok) problems.push(`${claim.key} on ${path} lacks ${typeof part === "string" ? part : part(language)}: "${block.text}"`);
      }
      for (const link of claim.links ?? []) {
        if (!block.hrefs.includes(`/${language}${link}`)) problems.push(`${claim.key} on ${path} has no link to /${language}${link}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`${language}: the law page cites no 15 a § and says who applies for the longer permit`, async ({ request }) => {
    const law = await pageText(request, `/${language}/law`);
    expect(law).not.toMatch(/15 a §/);
    expect(law).toContain(REFLECTION);
    expect(law).toContain(LONGER);
    const professionals = await pageText(request, `/${language}/help/professionals`);
    expect(professionals).not.toMatch(/15 a §/);
    expect(law + professionals).not.toMatch(/{{|}}|<\/?(municipalities|kast)>/);
  });
}

/**
 * Wrong wordings a review found, by language, read from the rendered pages where they stood
 * (the raw strings of every key are checked too, in tests/unit/locales.test.ts).
 */
const WRONG_ON_PAGES: [Language, string, RegExp, string][] = [
  ["sv", "/law", /placeras på (ett )?skyddat boende|får du bo på ett skyddat boende/, "protected housing is offered, never imposed or promised"],
  ["sv", "/law", /samma lagstadgade rättigheter/, "a temporary permit does not give 'the same rights as others'"],
  ["sv", "/law", /svensk medborgare kan (det )?prövas i svensk domstol/, "abroad: only with dual criminality"],
  ["sv", "/law", /Ansökan (om betänketid, ett tillfälligt uppehållstillstånd, )?skickas till Migrationsverket/, "the victim does not apply"],
  ["sv", "/law", /Socialtjänsten eller den som leder förundersökningen ansöker åt dig\. Först/, "social services apply for the reflection period only"],
  ["sv", "/", /samtalet (är )?gratis|gratis att ringa KAST/i, "an 08 call is not free: the support is"],
  ["sv", "/", /för dig som utsätts för våld/, "Kvinnofridslinjen is for women"],
  ["sv", "/help/close-to-someone", /Ring Stödcentrum/, "no source names Stödcentrum for relatives"],
  ["sv", "/help/close-to-someone", /samtalet (är )?gratis/i, "the support is free, not the call"],
  ["sv", "/help/buying", /Samtalet är gratis/, "the support is free, not the call"],
  ["sv", "/services/youth-clinics", /Personalen frågar om våld/, "routine questions are the plan's goal"],
  ["sv", "/anonymity", /även kallat sekretess/, "'tystnadsplikt, även kallad sekretess'"],
  ["sv", "/about", /\. Så att du snabbt hittar/, "a sentence fragment"],
  ["sv", "/services/kast", /funderar på att köpa sex och vill sluta/, "one cannot stop what one only thinks about"],
  ["lattlast", "/law", /förslag från regeringen/, "the 2025 law is law, not a proposal"],
  ["lattlast", "/", /gratis att ringa KAST/, "the support is free, not the call"],
  ["en", "/law", /You will be placed in protected housing/, "protected housing is offered"],
  ["en", "/law", /A purchase abroad by a Swedish citizen can be tried in a Swedish court/, "abroad: only with dual criminality"],
  ["en", "/law", /is convicted of/, "'commits a crime'"],
  ["en", "/", /the call is free/i, "an 08 call is not free"],
  ["en", "/help/buying", /The call is free/, "an 08 call is not free"],
  ["en", "/", /for anyone subjected to violence/, "Kvinnofridslinjen is for women"],
];

test("the wrong wordings stay off the pages where they stood", async ({ request }) => {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const [language, path, pattern, why] of WRONG_ON_PAGES) {
    const url = `/${language}${path === "/" ? "/" : path}`;
    if (!texts.has(url)) texts.set(url, await pageText(request, url));
    if (pattern.test(texts.get(url)!)) problems.push(`${url}: ${pattern} (${why})`);
  }
  expect(problems).toEqual([]);
});

test("the Swedish law page states the corrected law, word for word", async ({ request }) => {
  const law = await pageText(request, "/sv/law");
  expect(law).toContain("kan du bli erbjuden ett skyddat boende. Det är ett stöd, inte ett krav.");
  expect(law).toContain("Kommer du från ett annat land kan du få ett tillfälligt uppehållstillstånd från Migrationsverket. Du ansöker inte själv.");
  expect(law).toContain(
    "Först kan du få betänketid: 30 dygn för att vila och tänka i lugn och ro (utlänningslagen 5 kap. 15 § andra stycket). Socialtjänsten eller den som leder förundersökningen ansöker åt dig.",
  );
  expect(law).toContain("Sedan 1 augusti 2022 kan socialtjänsten ansöka om betänketid innan någon har gjort en polisanmälan");
  expect(law).toContain(
    "kan du få ett längre tillstånd, i minst 6 månader (utlänningslagen 5 kap. 15 § första stycket). Det ansöker den som leder förundersökningen om.",
  );
  expect(law).toContain("rätt till stöd, en plats att bo och hälso- och sjukvård");
  expect(law).toContain("kan bara prövas i svensk domstol om köpet också är ett brott i det landet");
  expect(law).toContain("Om brottet är mindre grovt är straffet fängelse i lägst 6 månader och högst 4 år");
  expect(law).toMatch(/Sedan 1 juli 2025 gäller koppleri också när de sexuella handlingarna sker på distans/);
  expect(law).toContain("mindre grovt brott: fängelse i lägst 6 månader och högst 4 år");
  expect(law).toContain("Regeringens proposition: prop. 2024/25:124");
  expect(law).not.toMatch(/{{/);
});

test("the Swedish journeys, home and services promise no more than the sources", async ({ request }) => {
  const selling = await pageText(request, "/sv/help/selling");
  const buying = await pageText(request, "/sv/help/buying");
  const close = await pageText(request, "/sv/help/close-to-someone");
  const home = await pageText(request, "/sv/");
  const safety = await pageText(request, "/sv/safety");
  expect(selling).toContain("Då kan du bli erbjuden ett skyddat boende. Det är ett stöd, inte ett krav.");
  expect(selling).toContain("Du ansöker inte själv om betänketid");
  expect(selling).toContain("kan du få ett längre tillstånd. Det ansöker den som leder förundersökningen om.");
  expect(buying).toContain("kan det bara prövas i svensk domstol om köpet också är ett brott i det landet");
  expect(buying).toContain("Uppgifter om allvarliga brott, till exempel köp av sex från någon under 18 år, kan i vissa fall lämnas till polisen");
  expect(buying).toContain("Stödet är gratis. Själva samtalet kostar som ett vanligt samtal.");
  expect(home).toContain("Hos KAST och Mikamottagningen är stödet gratis och du kan vara anonym");
  expect(home).toContain("Nationell stödlinje för kvinnor som utsätts för våld");
  expect(close).toContain("Hos KAST och Mikamottagningen är stödet gratis och man kan vara anonym");
  expect(close).toContain("Är du orolig för ett barn eller en tonåring? Kontakta socialtjänsten i kommunen där barnet bor. Är barnet i fara just nu? Ring 112.");
  expect(safety).toContain("Varje samtal syns i telefonens samtalslista");
  expect(safety).toContain("Ett samtal till ett 08-nummer, som KAST och Mikamottagningen, kostar som ett vanligt samtal. Det kan synas på en specificerad telefonräkning.");
  expect(safety).toContain("Samtal till 020-nummer, som Kvinnofridslinjen, är gratis och syns inte på telefonräkningen.");
});

test("Mikamottagningen's and KAST's pages name trafficking for sexual purposes and the county offer's residency condition", async ({ request }) => {
  const mika = await pageText(request, "/sv/services/mikamottagningen");
  expect(mika).toContain("har utsatts för människohandel för sexuella ändamål");
  for (const path of ["/sv/services/mikamottagningen", "/sv/services/kast"]) {
    expect(await pageText(request, path)).toContain(
      "för dig som bor i Stockholms stad eller i en kommun som har anslutit sig till stadens erbjudande",
    );
  }
  const youth = await pageText(request, "/sv/services/youth-clinics");
  expect(youth).toContain("I Stockholms stad finns en i varje stadsdel.");
  expect(youth).toContain("har som mål att personalen ska fråga alla unga om våld");
});

test("Barnahus tells a child or parent whom to call; its consultation number stands under 'for professionals'", async ({
  page,
}) => {
  await page.goto("/sv/services/barnahus");
  const main = page.locator("main");
  await expect(main).toContainText("Barn kommer till Barnahus när polisen utreder ett brott");
  const instead = main.locator("section[aria-labelledby='call-instead']");
  for (const tel of ["tel:+46850825100", "tel:116111", "tel:112"]) await expect(instead.locator(`a[href='${tel}']`)).toBeVisible();
  await expect(instead.locator("a[href='tel:+46850825700']")).toHaveCount(0);
  const professionals = main.locator("section[aria-labelledby='for-professionals']");
  await expect(professionals.locator("h2")).toHaveText("För yrkesverksamma");
  await expect(professionals.locator("a[href='tel:+46850825700']")).toBeVisible();
  await expect(main.locator("a[href='tel:+46850825700']")).toHaveCount(1);
  const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
  expect(JSON.stringify(jsonLd)).not.toMatch(/"telephone":"\+46850825700","contactType":"Konsultation med samordnare"/);
  expect(jsonLd.availableChannel[0].servicePhone.contactType).toContain("Bara för yrkesverksamma");
});

/** The filter answers only with services meant for the person it describes (FACTS.md, filters). */
const FILTERS: { query: string; shows: string[]; hides: string[] }[] = [
  { query: "audience=selling&age=16", shows: ["stodcentrum", "ungdomsjouren", "bris"], hides: ["mikamottagningen", "nmt"] },
  { query: "audience=selling&age=19", shows: ["mikamottagningen"], hides: ["stodcentrum", "nmt"] },
  { query: "age=16", shows: ["stodcentrum", "bris"], hides: ["nmt", "kast", "mikamottagningen"] },
  {
    query: "audience=buying&age=17",
    shows: ["bris", "preventell"],
    hides: ["barnahus", "regional-coordinators", "stodcentrum", "ungdomsjouren", "nmt", "kast"],
  },
  { query: "audience=close-to-someone", shows: ["mikamottagningen", "kast"], hides: ["stodcentrum", "ungdomsjouren"] },
];

for (const language of ["sv", "ar"] as const) {
  test(`${language}: the directory filter answers only with services meant for that person`, async ({ request }) => {
    for (const { query, shows, hides } of FILTERS) {
      const blocks = await blocksOf(request, `/${language}/services?${query}`);
      // The services listed: each card's title links to its page (a note may link to another service).
      const links = new Set(blocks.filter((block) => block.tag === "h3").flatMap((block) => block.hrefs));
      for (const slug of shows) expect(links.has(`/${language}/services/${slug}`), `${query} shows ${slug}`).toBe(true);
      for (const slug of hides) expect(links.has(`/${language}/services/${slug}`), `${query} hides ${slug}`).toBe(false);
    }
    const minor = await blocksOf(request, `/${language}/services?audience=selling&age=16`);
    expect(minor.some((block) => block.hrefs.includes(`/${language}/help/under-18`))).toBe(true);
  });
}

/**
 * Easy-to-read Swedish (CONTENT.md, issue 20 item 9): on every page, the first use of a word a new
 * reader may not know is understandable on its own: the same or the next sentence explains it.
 */
const LATTLAST_TERMS: { term: RegExp; explained: RegExp }[] = [
  { term: /socialtjänst(?!lagen)/i, explained: /socialtjänsten är kommunens stöd|kommunens socialtjänst|socialtjänsten,? (alltså|det vill säga) kommunens/i },
  { term: /åklagare(?!myndighet)/i, explained: /åklagare är den som|åklagare tar/i },
  { term: /domstol/i, explained: /domstol(en)? bestämmer|när en domstol bestämmer om/i },
  { term: /sexuell handling|sexuella handlingar/i, explained: /sexuell handling är sex eller något annat sexuellt/i },
  { term: /utlänningslagen/i, explained: /utlänningslagen är lagen om/i },
  { term: /mindre grovt/i, explained: /mindre grovt[^.]*alltså[^.]*mindre allvarligt|mindre grovt betyder/i },
  { term: /ungdomspsykiatri|barnpsykiatri/i, explained: /^$/ },
];

test("lättläst: the first use of a hard word on every page explains it", async ({ request }) => {
  const paths = (await (await request.get("/sitemap.xml")).text())
    .match(/<loc>[^<]*<\/loc>/g)!
    .map((loc) => new URL(loc.slice(5, -6)).pathname)
    .filter((path) => path.startsWith("/lattlast/"));
  expect(paths.length).toBeGreaterThan(40);
  const problems: string[] = [];
  for (const path of paths) {
    const text = await pageText(request, path);
    for (const { term, explained } of LATTLAST_TERMS) {
      const at = text.search(term);
      if (at < 0) continue;
      // The sentence with the word and the two after it ("5 kap. 15 §" and "prop." end no sentence).
      const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at), 0);
      const ends = [...text.slice(at).matchAll(/(?<!kap|prop)[.?!:](\s|$)/g)].map((match) => at + match.index!);
      const window = text.slice(start, (ends[2] ?? text.length) + 1);
      if (!explained.test(window)) problems.push(`${path}: "${text.slice(at, at + 30)}" is not explained where it is first used: "${window}"`);
    }
  }
  expect(problems).toEqual([]);
});
