/**
 * The site's fixed pages: where each lives (without its language prefix) and the key of its name
 * in locales/<lng>/common.json ("pages.<id>"). Header, footer, breadcrumbs and onward links all
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
} as const;

export type SitePageId = keyof typeof sitePages;

/** The main menu, in order. */
export const headerPages: readonly SitePageId[] = ["home", "services", "law", "anonymity", "municipalities", "safety"];

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
];

export function pageLabelKey(id: SitePageId): string {
  return `pages.${id}`;
}
