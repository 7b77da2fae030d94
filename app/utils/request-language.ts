import { isSupportedLanguage, type Language } from "~/i18n";
import { negotiateLanguage } from "./negotiate-language";

/** The first path segment, if any: "/sv/services" → "sv". */
export function languageSegment(pathname: string): string | undefined {
  return pathname.split("/")[1] || undefined;
}

/**
 * The language to answer a request in: the one in the URL when it is supported, otherwise the
 * best match for the browser (used for the 404 page of "/xx/..." and for the redirect from "/").
 */
export function languageForRequest(request: Request): Language {
  const segment = languageSegment(new URL(request.url).pathname);
  if (isSupportedLanguage(segment)) return segment;
  return negotiateLanguage(request.headers.get("Accept-Language"));
}
