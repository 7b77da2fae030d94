import Negotiator from "negotiator";
import { defaultLanguage, supportedLanguages, type Language } from "~/i18n";
import { languageAliases } from "./language-aliases.js";
import { languageTag } from "./language-tag";

/**
 * The one rule for choosing a language from Accept-Language (RFC 9110 §12.5.4), used by "/", the
 * short printed addresses and the 404 page of an address without a language. The other places
 * that choose without Node are tested against it: deploy/nginx-static.conf and deploy/nginx.conf
 * (their `$accept_language_tag` map), the export's `_redirects` (tests/unit/negotiation.test.ts,
 * tests/e2e/negotiation.spec.ts with the real nginx).
 *
 * `negotiator` (the parser Express's `accepts` uses) reads the header: ranges with q=0 or a q that
 * is not a number are dropped, the rest ordered by q, equal q by their order in the header. Each
 * range is then matched on its primary subtag ("sv-SE" → sv, Dari's "prs" → fa); the first that
 * names a language we have wins, `*` means the default, and nothing matching means the default.
 * (negotiator's own matching against a list would let a later exact "sv" beat an earlier "en-US"
 * of the same q, which is not what the reader asked for.)
 */

const MAX_HEADER_LENGTH = 1024;

/**
 * The languages a browser can name: those whose address code is their BCP 47 tag. Easy-to-read
 * Swedish (sv-x-lattlast) is Swedish to a browser, so it is reached by its link, never negotiated.
 */
export const negotiableLanguages: readonly Language[] = supportedLanguages.filter((language) => languageTag(language) === language);

/** Primary subtags a browser may send for a language we have under another code (Dari → Persian). */
export { languageAliases };

export function negotiateLanguage(
  header: string | null | undefined,
  supported: readonly Language[] = negotiableLanguages,
  fallback: Language = defaultLanguage,
): Language {
  if (!header) return fallback;
  // RFC 9110 allows spaces around ";" (`en ; q=0`); negotiator 1.0 reads the q only without them.
  const normalized = header.slice(0, MAX_HEADER_LENGTH).replace(/[ \t]*;[ \t]*/g, ";");
  const ranges = new Negotiator({ headers: { "accept-language": normalized } }).languages();
  for (const range of ranges) {
    if (range === "*") return fallback;
    const primary = (range.split("-")[0] ?? "").toLowerCase();
    const wanted = languageAliases[primary] ?? primary;
    const match = supported.find((language) => language === wanted);
    if (match) return match;
  }
  return fallback;
}
