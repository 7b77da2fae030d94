import { defaultLanguage } from "~/i18n";
import { languageAliases, negotiableLanguages } from "~/utils/negotiate-language";

/**
 * The Accept-Language maps of deploy/nginx-static.conf and deploy/nginx.conf, generated from the
 * rule in app/utils/negotiate-language.ts (its languages and aliases): both files must carry
 * exactly this text (tests/unit/negotiation.test.ts prints it when they do not, to paste).
 *
 * nginx cannot sort by q, so the map takes the first range, in the header's order, that names a
 * language we have (or an alias, or `*`) and is not refused (a q that negotiator would not read as
 * above 0). Browsers list ranges by falling q, so for their headers this is Node's answer; the
 * test checks that on a corpus, and names the (unrealistic) headers where the two differ.
 */
export function nginxLanguageMaps(indent = "    "): string {
  const names = [...negotiableLanguages, ...Object.keys(languageAliases), "\\*"].join("|");
  // A range: the tag, its subtags, parameters without a q that negotiator reads as zero or not a number.
  const rest = String.raw`(?:-[^,;\s]+)?\s*(?![^,]*;\s*q=(?!\s*\+?(?:\d*[1-9]|\d*\.\d*[1-9])))(?:;[^,]*)?(?:,|$)`;
  const regex = `~*^(?:(?!\\s*(?:${names})${rest})[^,]*,)*\\s*(?<tag>${names})${rest}`;
  const homes = [
    ...negotiableLanguages.filter((language) => language !== defaultLanguage).map((language) => [language, `/${language}/`]),
    ...Object.entries(languageAliases).map(([alias, language]) => [alias, `/${language}/`]),
  ];
  const width = Math.max(...homes.map(([tag]) => (tag ?? "").length), "default".length);
  const lines = [
    "# Written from app/utils/negotiate-language.ts (tests/unit/nginx-language-map.ts): the first",
    "# Accept-Language range, in the header's order, that names a language we have and is not",
    "# refused with q=0 (browsers list ranges by falling q, so this is Node's choice for them).",
    "map $http_accept_language $accept_language_tag {",
    `${indent}"${regex}" $tag;`,
    `${indent}default "";`,
    "}",
    "# Its home page (exact strings match whatever the case): the default language for itself, `*` and none.",
    "map $accept_language_tag $home {",
    ...homes.map(([tag, home]) => `${indent}${(tag ?? "").padEnd(width)} ${home};`),
    `${indent}${"default".padEnd(width)} /${defaultLanguage}/;`,
    "}",
  ];
  return lines.map((line) => `${indent}${line}`).join("\n");
}

/** A small deterministic PRNG, so the corpus is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const RANGES = [
  ...negotiableLanguages,
  "sv-SE", "sv-FI", "en-US", "en-GB", "ar-SA", "ar-EG", "fa-IR", "fa-AF", "prs", "prs-AF", "so-SO", "ti-ER", "ti-ET",
  "ro-RO", "bg-BG", "ru-RU", "uk-UA", "th-TH", "es-419", "es-ES", "EN-us", "AR", "Sv-se",
  "de", "de-DE", "fr", "fr-CA", "zh-Hant-TW", "tr", "pl", "fi", "nb", "da", "ku", "am", "eng", "sve", "ara",
  "*", "lattlast", "sv-x-lattlast", "en_US", "i-klingon", "x-pig-latin",
];
const WEIGHTS = ["", ";q=0.9", ";q=0.8", ";q=0.7", ";q=0.5", ";q=0.3", ";q=0.1", ";q=0.01"];

/**
 * Browser-like headers: 1 to 5 ranges with falling (or equal) weights, sometimes a refused one
 * (q=0) anywhere, sometimes spaces after the commas.
 */
export function browserLikeHeaders(count: number): string[] {
  const next = random(24);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const headers: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const ranges: string[] = [];
    let weight = 0;
    for (let length = 1 + Math.floor(next() * 5); ranges.length < length; ) {
      if (next() < 0.15) {
        ranges.push(`${pick(RANGES)};q=0`);
        continue;
      }
      weight = Math.max(weight, Math.floor(next() * 3) === 0 ? weight + 1 : weight);
      ranges.push(`${pick(RANGES)}${WEIGHTS[Math.min(weight, WEIGHTS.length - 1)]}`);
    }
    headers.push(ranges.join(next() < 0.5 ? "," : ", "));
  }
  return headers;
}
