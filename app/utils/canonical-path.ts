import { isSupportedLanguage } from "~/i18n";

/**
 * The one address of a page: a language's home ends in a slash ("/sv/", as the hreflang
 * alternates and the sitemap write it), every other page does not ("/sv/about"). Every page names
 * its address in <link rel="canonical">; "/sv/about/" is redirected to it (trailingSlashRedirect).
 */
export function canonicalPath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  if (isSupportedLanguage(trimmed.slice(1))) return `${trimmed}/`;
  return trimmed;
}

/**
 * Where a page's address with a trailing slash ("/sv/about/") moves for good, or null. Only
 * addresses in a language of the site: the target then always starts with "/<lang>/", never "//".
 */
export function trailingSlashRedirect(pathname: string): string | null {
  if (!pathname.endsWith("/") || !isSupportedLanguage(pathname.split("/")[1])) return null;
  const canonical = canonicalPath(pathname);
  return canonical === pathname ? null : canonical;
}
