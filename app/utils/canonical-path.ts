import { isSupportedLanguage } from "~/i18n";

/**
 * The one address of a page: a language's home ends in a slash ("/sv/", as the hreflang
 * alternates and the sitemap write it), every other page does not ("/sv/about"). Every page names
 * its address in <link rel="canonical">. (Other spellings of an address, "/sv/about/" among them,
 * are redirected before any route by server/middleware.js, with server/canonical-path.js.)
 */
export function canonicalPath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  if (isSupportedLanguage(trimmed.slice(1))) return `${trimmed}/`;
  return trimmed;
}

