import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { swedishNames } from "~/data/swedish-names";
import { namespaces } from "~/i18n";

/**
 * WCAG 3.1.2, language of parts, at the source: every Swedish word a translation keeps (a service's
 * name, a legal term in brackets such as "(socialtjänsten)" or "(köp av sexuell handling)") must be
 * in app/data/swedish-names.ts, which marks it lang="sv" on the page (tests/e2e/language-parts.spec.ts
 * checks the marking). In languages not written in Latin script every Latin word is found; what is
 * not Swedish (product names, technical words) is listed below, each with its reason.
 */
const NON_LATIN = ["ar", "fa", "ti", "th", "ru", "uk", "bg"] as const;

/** Latin-script words that are not Swedish: kept as they are in every language. */
const NOT_SWEDISH = new Set([
  // Browsers, keys and devices the safety page names, with their own labels in English.
  "Chrome", "Edge", "Safari", "Firefox", "iPhone", "InPrivate", "Shift", "Ctrl", "P", "Back", "Private",
  "New Incognito window", "New InPrivate window", "New private window", "History", "Clear browsing data",
  "incognito", "JavaScript", "cookie", "cookies", "IP", "QR", "browser", "settings", "tabs", "history",
  "focus", "contrast", "screen reader", "forms", "log", "logs",
  // Standards, formats and licences (open data, accessibility).
  "HSDS", "JSON", "Open Referral", "CC", "CC BY-SA", "CC0", "WCAG", "A", "AA", "axe", "metadata", "id",
  "assured_date", "EU", "schema", "field", "field id", "field metadata", "field assured_date", "licence",
  // A service's id in an address (/services/kast), not a word.
  "kast",
  // International bodies and names that are not Swedish.
  "IOM", "Preventell", "Stockholm", "Kungsholmen", "Karolinska", "Mika",
  // The same word in English and Swedish, given in brackets for the English reader's sake.
  "sugardating", "sugar dating", "prostitution", "trauma", "reception",
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A name may have a letter of another script written onto it ("وKAST", "ብKarolinska"), never a Latin one.
const names = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(?:${swedishNames.map(escape).join("|")})(?![\\p{Script=Latin}\\p{N}])`,
  "gu",
);
/** A run of Latin words: "köp av sexuell handling", "offentlighets- och sekretesslagen". */
const latinRun = /[A-Za-zÅÄÖåäöÉé][\wÅÄÖåäöÉé:'-]*(?:[ \u00a0][A-Za-zÅÄÖåäöÉé][\wÅÄÖåäöÉé:'-]*)*/g;

function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const child of Object.values(value)) leaves(child, out);
  return out;
}

describe("Swedish words kept in translations are listed as Swedish (WCAG 3.1.2)", () => {
  for (const language of NON_LATIN) {
    it(`${language}: every Latin word is a listed Swedish name or term, or listed as not Swedish`, () => {
      const unlisted = new Map<string, string>();
      for (const ns of namespaces) {
        const strings = leaves(JSON.parse(readFileSync(join(process.cwd(), "locales", language, `${ns}.json`), "utf8")));
        for (const raw of strings) {
          // A web address ("karolinska.se") is neither Swedish nor the page's language: it stays as it is.
          const text = raw
            .replace(/{{\s*[\w.]+\s*}}/g, " ")
            .replace(/<\/?\w+>/g, " ")
            .replace(/\b[\w-]+\.se\b/g, " ")
            .replace(names, " ");
          for (const run of text.match(latinRun) ?? []) {
            const word = run.replace(/[.:'-]+$/, "");
            if (!NOT_SWEDISH.has(word) && !run.split(/\s+/).every((part) => NOT_SWEDISH.has(part.replace(/[.:'-]+$/, "")))) {
              unlisted.set(word, `${ns}: ${raw.slice(0, 80)}`);
            }
          }
        }
      }
      expect(Object.fromEntries(unlisted)).toEqual({});
    });
  }

  for (const language of ["en", "es", "ro", "so"] as const) {
    it(`${language}: every word with å, ä or ö is inside a listed Swedish name or term`, () => {
      const unlisted = new Map<string, string>();
      for (const ns of namespaces) {
        const strings = leaves(JSON.parse(readFileSync(join(process.cwd(), "locales", language, `${ns}.json`), "utf8")));
        for (const raw of strings) {
          const text = raw.replace(names, " ");
          for (const word of text.match(/[\p{L}-]*[åäöÅÄÖ][\p{L}-]*/gu) ?? []) unlisted.set(word, `${ns}: ${raw.slice(0, 80)}`);
        }
      }
      expect(Object.fromEntries(unlisted)).toEqual({});
    });
  }

  it("lists the legal terms the translations keep in brackets", () => {
    for (const term of [
      "socialtjänsten",
      "koppleri",
      "tystnadsplikt",
      "köp av sexuell handling",
      "förundersökning",
      "betänketid",
      "brottsbalken",
      "Brottsbalken",
      "BrB",
      "offentlighets- och sekretesslagen",
      "utlänningslagen",
    ]) {
      expect(swedishNames, term).toContain(term);
    }
  });
});
