import { isSupportedLanguage, type Language } from "~/i18n";

/** Builds a site path in a language: localizedPath("sv", "/services") → "/sv/services". */
export function localizedPath(language: Language, path = "/"): string {
  const rest = path.startsWith("/") ? path : `/${path}`;
  return rest === "/" ? `/${language}/` : `/${language}${rest}`;
}

/**
 * The same page in another language: swaps the language segment and keeps the rest of the
 * path and the query, so that switching language never sends the reader back to the start.
 */
export function switchLanguagePath(pathname: string, search: string, target: Language): string {
  const segments = pathname.split("/");
  // segments[0] is "" (the path starts with "/"); segments[1] is the language when present.
  const rest = isSupportedLanguage(segments[1]) ? segments.slice(2) : segments.slice(1);
  const tail = rest.join("/");
  return `/${target}/${tail}${search}`;
}
