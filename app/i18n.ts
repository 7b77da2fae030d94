/**
 * The one list of languages: which ones the site ships, which is the default and which are
 * written right to left. Everything else (routing, negotiation, the switcher, tests) reads it here.
 * "lattlast" is easy-to-read Swedish (lättläst): its own address, Swedish tag sv-x-lattlast
 * (see app/utils/language-tag.ts and README "Languages").
 */
export const supportedLanguages = [
  "sv",
  "lattlast",
  "en",
  "ar",
  "fa",
  "so",
  "ti",
  "ro",
  "bg",
  "ru",
  "uk",
  "th",
  "es",
] as const;
export type Language = (typeof supportedLanguages)[number];

export const defaultLanguage: Language = "sv";

const rightToLeft: ReadonlySet<Language> = new Set<Language>(["ar", "fa"]);
/** Translation namespaces, one JSON file each in locales/<lng>/. */
export const namespaces = [
  "common",
  "home",
  "audiences",
  "journeys",
  "services",
  "safety",
  "opendata",
  "law",
  "anonymity",
  "campaigns",
  "municipalities",
  "about",
  "accessibility",
  "privacy",
  "print",
] as const;
export type Namespace = (typeof namespaces)[number];

export function isSupportedLanguage(value: string | undefined): value is Language {
  return (supportedLanguages as readonly string[]).includes(value ?? "");
}

export function textDirection(language: Language): "ltr" | "rtl" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}
