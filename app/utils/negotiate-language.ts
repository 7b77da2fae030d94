import { defaultLanguage, supportedLanguages, type Language } from "~/i18n";

const MAX_HEADER_LENGTH = 1024;
const TAG = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$/i;

/** Primary subtags that mean a language we have under another code: Dari is read as Persian. */
const ALIASES: Readonly<Record<string, string>> = { prs: "fa" };

/**
 * Picks the best supported language from an Accept-Language header (RFC 9110 §12.5.4).
 * Ranges are matched on their primary subtag ("sv-SE" → sv), q=0 means "not this one",
 * and anything malformed is skipped rather than trusted. Falls back to the default language.
 */
export function negotiateLanguage(
  header: string | null | undefined,
  supported: readonly Language[] = supportedLanguages,
  fallback: Language = defaultLanguage,
): Language {
  if (!header) return fallback;
  const ranges = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(",")
    .map((part, index) => parseRange(part, index))
    .filter((range): range is ParsedRange => range !== null && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const range of ranges) {
    if (range.primary === "*") return fallback;
    const wanted = ALIASES[range.primary] ?? range.primary;
    const match = supported.find((language) => language === wanted);
    if (match) return match;
  }
  return fallback;
}

interface ParsedRange {
  primary: string;
  quality: number;
  index: number;
}

function parseRange(part: string, index: number): ParsedRange | null {
  const [rawTag, ...params] = part.trim().split(";");
  const tag = rawTag?.trim() ?? "";
  let quality = 1;
  for (const param of params) {
    const [name, value] = param.trim().split("=");
    if (name?.trim().toLowerCase() !== "q") continue;
    const parsed = Number(value?.trim());
    if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value?.trim() ?? "") || Number.isNaN(parsed)) {
      return null;
    }
    quality = parsed;
  }
  if (tag === "*") return { primary: "*", quality, index };
  const match = TAG.exec(tag);
  if (!match?.[1]) return null;
  return { primary: match[1].toLowerCase(), quality, index };
}
