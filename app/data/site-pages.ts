/**
 * The site's fixed pages: where each lives (without its language prefix) and the key of its name
 * in locales/<lng>/common.json ("pages.<id>"; the print hub's in print.json). Header, footer, breadcrumbs and onward links all
 * read this list, so a page is renamed or moved in one place.
 */
export const sitePages = {
  home: "/",
  services: "/services",
  law: "/law",
  anonymity: "/anonymity",
  municipalities: "/municipalities",
  campaigns: "/campaigns",
  safety: "/safety",
  about: "/about",
  privacy: "/privacy",
  accessibility: "/accessibility",
  openData: "/open-data",
  print: "/print",
} as const;

export type SitePageId = keyof typeof sitePages;

/** The main menu, in order (folded into "Meny" on phones). The print kit is here for the nurse and the social worker. */
export const headerPages: readonly SitePageId[] = ["home", "services", "law", "anonymity", "municipalities", "safety", "print"];

/** On wide screens the menu keeps to one row: the wordmark beside it is the way home. */
export const wideHeaderPages: readonly SitePageId[] = headerPages.filter((page) => page !== "home");

/** The footer's links, in order. */
export const footerPages: readonly SitePageId[] = [
  "about",
  "privacy",
  "accessibility",
  "campaigns",
  "municipalities",
  "law",
  "anonymity",
  "openData",
  "print",
];

/** Pages whose name lives in their own namespace rather than in common.json "pages". */
const ownLabels: Partial<Record<SitePageId, string>> = { print: "print:pageName" };

/** The page's name as a key with its namespace ("common:pages.law"), for any t function. */
export function pageLabelKey(id: SitePageId): string {
  return ownLabels[id] ?? `common:pages.${id}`;
}
