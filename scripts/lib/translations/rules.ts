import type { Language } from "~/i18n";
import { lawValues } from "~/utils/law-values";
import { cardLimit } from "./card-limits";

/**
 * What every translated string must satisfy, in ONE place: tests/unit/locales.test.ts runs these
 * rules over every locale file, and `npm run translations -- import` over every string of a
 * reviewed file before it writes anything. Each rule names the key it refuses.
 */

/** `{{variables}}` and `<tags>` of a string, sorted: a translation keeps exactly Swedish's. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}|<(\/?\w+)>/g)].map((m) => (m[1] ? `{{${m[1]}}}` : `<${m[2]}>`)).sort();
}

/**
 * Law values (app/utils/law-values.ts) are i18next default variables, so every string may use one.
 * A translation may add one that Swedish does not need, never drop one Swedish has: Swedish writes
 * "Det står i {{secrecyChapter}} offentlighets- och sekretesslagen", English needs the word
 * "chapter" and the number in the sentence, "in chapter {{secrecyChapterNumber}} ({{secrecyChapter}})".
 */
const LAW_VALUE_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(lawValues("sv")).map((name) => `{{${name}}}`));

/**
 * Placeholders a translation may leave out of one key because the key fixes their value: the quick
 * exit's pressesLeftOne is always rendered with presses = 1 (app/components/quick-exit), and a
 * language may say "once" in words ("mai apăsați o dată", not "încă 1 dată").
 */
export const OPTIONAL_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  "common:quickExit.pressesLeftOne": ["{{presses}}"],
};

/** Figures that only data may write: "6 kap.", "§", SFS numbers "2009:400", bills "2024/25:124". */
export const LAW_FIGURES: readonly RegExp[] = [/\d+\s*kap\./, /§/, /\d{4}:\d+/, /\d{4}\/\d{2}:\d+/];

/** Other figures only data may write: a year ("2017", from law.ts, campaign-figures.ts,
 *  seed-documents.ts or municipalities.ts) and a survey's share ("88 procent", "88 %"). */
export const DATA_FIGURES: readonly RegExp[] = [
  /(?<![\d\p{L}])(?:19|20)\d{2}(?![\d\p{L}])/u,
  /\d+\s*(?:procent|per cent|percent)/iu,
];

/** C0/C1 control characters (not tab or newline) and bidi embeddings/overrides (U+202A–U+202E),
 *  which can reverse how a number reads; isolates (U+2066–U+2069) and marks stay allowed. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u;

/** A string may be at most this long (code points): room for a language that needs three times Swedish's words. */
export function maxLength(swedish: string): number {
  return 100 + 3 * [...swedish].length;
}

export interface RuleInput {
  /** "ns:key" */
  id: string;
  language: Language;
  swedish: string;
  text: unknown;
}

export interface Rule {
  name: string;
  /** A problem naming the key, or null. */
  check(input: RuleInput & { text: string }): string | null;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

export const rules: readonly Rule[] = [
  {
    name: "is a non-empty string",
    check: ({ id, text }) => (text.trim().length > 0 ? null : `${id}: empty`),
  },
  {
    name: "keeps Swedish's {{variables}} and <tags>, no more and no fewer (a law value may be added; see OPTIONAL_PLACEHOLDERS)",
    check: ({ id, swedish, text }) => {
      const optional = OPTIONAL_PLACEHOLDERS[id] ?? [];
      const inSwedish = new Set(placeholders(swedish));
      const got = placeholders(text).filter((item) => inSwedish.has(item) || !LAW_VALUE_PLACEHOLDERS.has(item));
      const present = new Set(got);
      const want = placeholders(swedish).filter((item) => present.has(item) || !optional.includes(item));
      if (same(want, got)) return null;
      const missing = want.filter((item) => !got.includes(item));
      const extra = got.filter((item) => !want.includes(item));
      return `${id}: placeholders differ from Swedish (${[
        missing.length ? `missing ${missing.join(" ")}` : "",
        extra.length ? `not in Swedish ${extra.join(" ")}` : "",
        !missing.length && !extra.length ? `expected ${want.join(" ")}` : "",
      ]
        .filter(Boolean)
        .join("; ")})`;
    },
  },
  {
    name: "types no figure of the law (sections, statute and bill numbers come from app/data/law.ts)",
    check: ({ id, text }) => {
      const bare = text.replace(/{{\s*[\w.]+\s*}}/g, "");
      const found = LAW_FIGURES.map((pattern) => pattern.exec(bare)?.[0]).find(Boolean);
      if (found) return `${id}: types a law figure "${found}": use the {{placeholder}} from app/data/law.ts`;
      const figure = DATA_FIGURES.map((pattern) => pattern.exec(bare)?.[0]).find(Boolean);
      return figure
        ? `${id}: types the figure "${figure}": use a {{placeholder}} from data (app/utils/law-values.ts)`
        : null;
    },
  },
  {
    name: "holds no markup, entity or control character beyond Swedish's own tags",
    check: ({ id, text }) => {
      const bare = text.replace(/<\/?\w+>/g, "");
      if (/<[\p{L}!?/]/u.test(bare)) return `${id}: contains markup`;
      if (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return `${id}: contains an HTML entity`;
      if (CONTROL.test(text)) return `${id}: contains a control or bidi override character`;
      return null;
    },
  },
  {
    name: "is no longer than three times Swedish plus 100 characters",
    check: ({ id, swedish, text }) => {
      const limit = maxLength(swedish);
      return [...text].length > limit ? `${id}: ${[...text].length} characters, at most ${limit}` : null;
    },
  },
  {
    name: "fits its pocket card (limits measured by npm run translations -- measure-cards)",
    check: ({ id, language, text }) => {
      const limit = cardLimit(language, id);
      const length = [...text].length;
      return limit !== null && length > limit
        ? `${id}: ${length} characters on a pocket card, at most ${limit} fit (85.6 × 54 mm)`
        : null;
    },
  },
];

/** Every problem of one translated string. */
export function checkString(input: RuleInput): string[] {
  if (typeof input.text !== "string") return [`${input.id}: not a string`];
  const text = input.text;
  return rules.map((rule) => rule.check({ ...input, text })).filter((problem): problem is string => problem !== null);
}

/** Keys a translation lacks or has beyond Swedish. */
export function keyDifferences(swedish: Iterable<string>, translation: Iterable<string>) {
  const want = new Set(swedish);
  const got = new Set(translation);
  return { missing: [...want].filter((id) => !got.has(id)), extra: [...got].filter((id) => !want.has(id)) };
}
