import type { PostProcessorModule, Resource } from "i18next";
import { defaultLanguage, type Language } from "~/i18n";
import {
  languageState,
  readStrings,
  splitKey,
  targetLanguages,
  type KeyState,
  type TargetLanguage,
} from "~/utils/translation-state.server";

/**
 * What the server does with the per-string review state (locales/<lng>/review.json, see
 * translation-state.server.ts), read once at start:
 *
 * 1. A stale string (its Swedish changed since it was translated or reviewed) is not shown: the
 *    page shows the Swedish sentence in its place. Why: the Swedish changes when a fact changes
 *    (a law claim, who is anonymous, who to call); an outdated sentence in the reader's language
 *    would state the old fact with full confidence, while the Swedish one is right, and the note
 *    at the end of the page tells the reader, in their language, that Swedish is the original.
 *    Figures (numbers, sections, dates) come from data either way, so they are never stale.
 * 2. The note on a page is precise: the server records the keys a page renders (header, page,
 *    footer) and the note stays only when one of them is not reviewed (draft, stale or untracked).
 */

const SWEDISH_SOURCE = new Set<string>([defaultLanguage]);

interface Loaded {
  states: Map<TargetLanguage, Map<string, KeyState>>;
  swedish: Map<string, string>;
}

let loaded: Loaded | undefined;
function load(): Loaded {
  if (!loaded) {
    const swedish = readStrings(defaultLanguage);
    const states = new Map(targetLanguages.map((language) => [language, languageState(language, swedish).keys]));
    loaded = { states, swedish };
  }
  return loaded;
}

/** The state of one string in a language ("reviewed" for Swedish itself). */
export function stringState(language: Language, id: string): KeyState {
  if (SWEDISH_SOURCE.has(language)) return "reviewed";
  return load().states.get(language as TargetLanguage)?.get(id) ?? "untracked";
}

/** True when every string of the language is reviewed against today's Swedish. */
export function isTranslationReviewed(language: Language): boolean {
  if (SWEDISH_SOURCE.has(language)) return true;
  return [...(load().states.get(language as TargetLanguage)?.values() ?? [])].every((state) => state === "reviewed");
}

/** Replaces each stale string with its Swedish text (see 1. above), in place; returns the keys replaced. */
export function replaceStaleWithSwedish(resources: Resource): Map<Language, string[]> {
  const replaced = new Map<Language, string[]>();
  const { states, swedish } = load();
  for (const [language, keys] of states) {
    const ids = [...keys].filter(([, state]) => state === "stale").map(([id]) => id);
    for (const id of ids) {
      const { ns, key } = splitKey(id);
      const path = key.split(".");
      let node = resources[language]?.[ns] as Record<string, unknown> | undefined;
      for (const part of path.slice(0, -1)) node = node?.[part] as Record<string, unknown> | undefined;
      if (node && typeof node[path.at(-1)!] === "string") node[path.at(-1)!] = swedish.get(id);
    }
    if (ids.length) replaced.set(language, ids);
  }
  return replaced;
}

/** The strings a render uses. renderToString is synchronous, so one collector at a time is enough. */
let collector: Set<string> | null = null;

/** An i18next post-processor that records "ns:key" of every string rendered while a collector is open. */
export const recordRenderedKeys: PostProcessorModule = {
  type: "postProcessor",
  name: "recordRenderedKeys",
  process(value, _key, options) {
    const resolved = (options as { i18nResolved?: { usedNS?: string; exactUsedKey?: string } }).i18nResolved;
    if (collector && typeof value === "string" && resolved?.usedNS && resolved.exactUsedKey) {
      collector.add(`${resolved.usedNS}:${resolved.exactUsedKey}`);
    }
    return value;
  },
};

/** Runs a synchronous render and returns what it produced with the keys it rendered. */
export function recordingKeys<T>(render: () => T): { result: T; keys: Set<string> } {
  const keys = new Set<string>();
  const previous = collector;
  collector = keys;
  try {
    return { result: render(), keys };
  } finally {
    collector = previous;
  }
}

/** The note's own words do not count: they are there only when something else is unreviewed. */
const NOTE_KEYS = /^common:translation\./;

/** Keys on the page that a person has not reviewed against today's Swedish. */
export function unreviewedKeys(language: Language, keys: Iterable<string>): string[] {
  return [...keys].filter((id) => !NOTE_KEYS.test(id) && stringState(language, id) !== "reviewed");
}

const NOTE = /<p\b[^>]*\bdata-translation-note\b[^>]*>[\s\S]*?<\/p>/;

/**
 * Keeps the draft note (rendered on every translated page by app/root.tsx) only when a string the
 * page rendered is not reviewed; a page whose strings are all reviewed loses it.
 */
export function settleTranslationNote(html: string, language: Language, keys: Iterable<string>): string {
  if (unreviewedKeys(language, keys).length > 0) return html;
  return html.replace(NOTE, "");
}

/** Elements whose text is not prose to mark. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "option"]);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * WCAG 3.1.2 for the Swedish stand-ins of stale strings: in a translated page, the text of each
 * stale string the page rendered is wrapped in <span lang="sv"> (and dir="ltr" in a right-to-left
 * page), so a screen reader reads it with a Swedish voice. Matched on the rendered HTML's text
 * (placeholders filled in), as mark-swedish-names.server.ts does for names; a string with markup
 * of its own, or one used only in an attribute, stays unmarked.
 */
export function markStaleSwedish(html: string, language: Language, keys: Iterable<string>, rtl = false): string {
  if (language === defaultLanguage || language === "lattlast") return html;
  const { swedish } = load();
  const patterns = [...new Set(keys)]
    .filter((id) => stringState(language, id) === "stale")
    .map((id) => swedish.get(id) ?? "")
    .filter((text) => text.trim() && !/<\/?\w+>/.test(text))
    .sort((a, b) => b.length - a.length)
    .map((text) =>
      text
        .split(/{{\s*[\w.]+\s*}}/)
        .map((part) => escapeRegExp(escapeHtml(part)))
        .join("[^<]*?"),
    );
  if (!patterns.length) return html;
  const pattern = new RegExp(`(${patterns.join("|")})`, "g");
  const open = `<span lang="sv"${rtl ? ' dir="ltr"' : ""}>`;
  const tokens = html.split(/(<[^>]*>)/);
  let raw: string | null = null;
  return tokens
    .map((token) => {
      if (token.startsWith("<")) {
        const name = /^<\/?([a-zA-Z0-9-]+)/.exec(token)?.[1]?.toLowerCase();
        if (name && RAW_TEXT.has(name)) raw = token.startsWith("</") ? null : name;
        return token;
      }
      return raw || !token.trim() ? token : token.replace(pattern, `${open}$1</span>`);
    })
    .join("");
}
