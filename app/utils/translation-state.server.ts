import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { env } from "~/env.server";
import { defaultLanguage, namespaces, supportedLanguages, type Language, type Namespace } from "~/i18n";

/**
 * Per-string review state of the translations (issue 23), kept beside the locales in
 * locales/<lng>/review.json: for every key ("<namespace>:<dotted.path>") the fingerprint of the
 * Swedish text it was translated or reviewed from, the fingerprint of the translation as it was
 * recorded, and whether a person reviewed it (who, when). Everything else (counts, status.json,
 * the note on a page, the Swedish fallback of a stale string) is derived from these files and the
 * locale files themselves, so a changed Swedish sentence shows up as stale by itself.
 *
 * Shared by the server (app/utils/translation-status.server.ts), `npm run translations`
 * (scripts/translations.ts) and the tests.
 */

export const REVIEW_FILE = "review.json";
export const STATUS_FILE = "status.json";

/** A translation's language: every supported language but the source. */
export type TargetLanguage = Exclude<Language, "sv">;
export const targetLanguages = supportedLanguages.filter((lng): lng is TargetLanguage => lng !== defaultLanguage);

/** The first 12 hex digits of SHA-256: enough to tell versions of one short string apart, short enough to read. */
export function fingerprint(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 12);
}

const hex12 = z.string().regex(/^[0-9a-f]{12}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reviewEntrySchema = z.union([
  z
    .object({
      /** Fingerprint of the Swedish text this translation was made from. */
      source: hex12,
      /** Fingerprint of the translation as recorded: an edit after review makes it a draft again. */
      text: hex12,
      state: z.literal("draft"),
    })
    .strict(),
  z
    .object({
      source: hex12,
      text: hex12,
      state: z.literal("reviewed"),
      /** Who reviewed it: a name or organisation the reviewer agrees to publish (the file is public). */
      by: z.string().min(1).max(120),
      at: isoDate,
    })
    .strict(),
]);
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export const reviewFileSchema = z.record(z.string(), reviewEntrySchema);
export type ReviewFile = Record<string, ReviewEntry>;

/** What a key is in a language right now. */
export type KeyState =
  /** A person reviewed exactly this text against today's Swedish. */
  | "reviewed"
  /** Made from today's Swedish, no person has reviewed it (or it was edited after review). */
  | "draft"
  /** The Swedish changed since it was translated or reviewed: the page shows the Swedish instead. */
  | "stale"
  /** No entry in review.json (npm run translations -- sync records it): treated as a draft. */
  | "untracked";

type Tree = { [key: string]: string | Tree | Tree[] | string[] };

export function localesDir(): string {
  return env.localesDir;
}

/** "a.b.0.c" → string for every leaf, in file order (arrays by index, as i18next addresses them). */
export function flatten(tree: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (tree !== null && typeof tree === "object") {
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, typeof tree === "string" ? tree : String(tree));
  }
  return out;
}

export function readNamespace(language: Language, ns: Namespace, dir = localesDir()): unknown {
  return JSON.parse(readFileSync(join(dir, language, `${ns}.json`), "utf8")) as Tree;
}

/** Every string of a language as "ns:key" → text, namespaces in app/i18n.ts order, keys in file order. */
export function readStrings(language: Language, dir = localesDir()): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of namespaces) {
    for (const [key, value] of flatten(readNamespace(language, ns, dir))) out.set(`${ns}:${key}`, value);
  }
  return out;
}

export function splitKey(id: string): { ns: Namespace; key: string } {
  const at = id.indexOf(":");
  return { ns: id.slice(0, at) as Namespace, key: id.slice(at + 1) };
}

export function readReviewFile(language: TargetLanguage, dir = localesDir()): ReviewFile {
  const file = join(dir, language, REVIEW_FILE);
  if (!existsSync(file)) return {};
  return reviewFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** The review file's text: keys in the order of the Swedish strings, one field per line (readable diffs). */
export function serializeReviewFile(entries: ReviewFile, order: Iterable<string>): string {
  const sorted: ReviewFile = {};
  for (const id of order) if (entries[id]) sorted[id] = entries[id];
  for (const id of Object.keys(entries).sort()) if (!(id in sorted)) sorted[id] = entries[id]!;
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function keyState(entry: ReviewEntry | undefined, swedish: string, translation: string): KeyState {
  if (!entry) return "untracked";
  if (entry.source !== fingerprint(swedish)) return "stale";
  if (entry.state === "reviewed" && entry.text === fingerprint(translation)) return "reviewed";
  return "draft";
}

export interface LanguageState {
  language: TargetLanguage;
  /** State of every Swedish key, in Swedish order. */
  keys: Map<string, KeyState>;
  /** Entries for keys Swedish no longer has. */
  orphans: string[];
  /** Keys whose entry says reviewed but whose text was edited since. */
  editedAfterReview: string[];
  entries: ReviewFile;
  strings: Map<string, string>;
}

export function languageState(
  language: TargetLanguage,
  swedish: Map<string, string>,
  dir = localesDir(),
): LanguageState {
  const strings = readStrings(language, dir);
  const entries = readReviewFile(language, dir);
  const keys = new Map<string, KeyState>();
  const editedAfterReview: string[] = [];
  for (const [id, source] of swedish) {
    const text = strings.get(id) ?? "";
    const state = keyState(entries[id], source, text);
    keys.set(id, state);
    if (state === "draft" && entries[id]?.state === "reviewed") editedAfterReview.push(id);
  }
  const orphans = Object.keys(entries).filter((id) => !swedish.has(id));
  return { language, keys, orphans, editedAfterReview, entries, strings };
}

export interface Counts {
  strings: number;
  reviewed: number;
  draft: number;
  stale: number;
}

export function countStates(keys: Map<string, KeyState>): Counts {
  const counts: Counts = { strings: keys.size, reviewed: 0, draft: 0, stale: 0 };
  for (const state of keys.values()) {
    if (state === "reviewed") counts.reviewed += 1;
    else if (state === "stale") counts.stale += 1;
    else counts.draft += 1;
  }
  return counts;
}

/**
 * locales/<lng>/status.json, derived from review.json by `npm run translations -- sync` (never
 * written by hand): whether the whole language is reviewed, and the counts.
 */
export const translationStatusSchema = z
  .object({
    /** "source": Swedish; "reviewed": every string reviewed against today's Swedish; else "draft". */
    status: z.enum(["source", "draft", "reviewed"]),
    strings: z.number().int().nonnegative(),
    reviewed: z.number().int().nonnegative(),
    draft: z.number().int().nonnegative(),
    stale: z.number().int().nonnegative(),
    /** Who reviewed strings of this language, and the latest review date. */
    reviewers: z.array(z.string()),
    lastReviewed: isoDate.nullable(),
    derivedFrom: z.string(),
  })
  .strict();
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

export function deriveStatus(language: Language, state: LanguageState | null, sourceStrings = 0): TranslationStatus {
  if (language === defaultLanguage || !state) {
    return {
      status: "source",
      strings: sourceStrings,
      reviewed: 0,
      draft: 0,
      stale: 0,
      reviewers: [],
      lastReviewed: null,
      derivedFrom: "Swedish is the source of every translation",
    };
  }
  const counts = countStates(state.keys);
  const reviewed = [...state.keys].filter(([, s]) => s === "reviewed").map(([id]) => state.entries[id]!);
  const reviewers = [...new Set(reviewed.map((entry) => (entry.state === "reviewed" ? entry.by : "")))].sort();
  const dates = reviewed.map((entry) => (entry.state === "reviewed" ? entry.at : "")).sort();
  return {
    status: counts.reviewed === counts.strings ? "reviewed" : "draft",
    ...counts,
    reviewers,
    lastReviewed: dates.at(-1) ?? null,
    derivedFrom: `locales/${language}/${REVIEW_FILE} by npm run translations -- sync; do not edit`,
  };
}

export function serializeStatus(status: TranslationStatus): string {
  return `${JSON.stringify(status, null, 2)}\n`;
}
