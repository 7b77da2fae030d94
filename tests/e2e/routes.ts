import { allSitePaths } from "~/data/site-map";
import { sitePages } from "~/data/site-pages";
import { defaultLanguage, type Language } from "~/i18n";

/**
 * The pages the browser tests walk, without their language prefix. In Swedish, the original,
 * every page except 23 of the 26 municipality pages (one template: one of each status is here,
 * and tests/e2e/municipalities.spec.ts requests all 26). In every other language, every route
 * once: each route module renders the same markup for all its pages, and only the words change
 * with the language.
 */
const MUNICIPALITY_SAMPLE = ["/municipalities/solna", "/municipalities/botkyrka", "/municipalities/danderyd"];

export const sitePaths: string[] = allSitePaths().filter(
  (path) => !path.startsWith("/municipalities/") || MUNICIPALITY_SAMPLE.includes(path),
);

/** One page per route module: the fixed pages plus the fullest page of each template. */
export const templatePaths: string[] = [
  ...Object.values(sitePages),
  "/services/kast",
  "/help/professionals",
  "/campaigns/without-demand",
  "/print/young-card",
  "/municipalities/solna",
];

export function pathsToCheck(language: Language): string[] {
  return language === defaultLanguage ? sitePaths : templatePaths;
}

/**
 * Where a test walks behaviour rather than every template (journeys, phone links, QR codes):
 * Swedish, English, a right-to-left language and a non-Latin script without spaces.
 */
export const sampleLanguages: Language[] = ["sv", "en", "ar", "th"];
