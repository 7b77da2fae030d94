import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultLanguage, namespaces, supportedLanguages, type Language, type Namespace } from "~/i18n";
import {
  REVIEW_FILE,
  STATUS_FILE,
  countStates,
  deriveStatus,
  fingerprint,
  languageState,
  localesDir,
  readStrings,
  serializeReviewFile,
  serializeStatus,
  splitKey,
  targetLanguages,
  type LanguageState,
  type ReviewFile,
  type TargetLanguage,
} from "~/utils/translation-state.server";
import { pagesOf, safetyReasons } from "./pages";

/**
 * The operations of `npm run translations` on the review state (locales/<lng>/review.json) and
 * the derived locales/<lng>/status.json. Every function takes the locales folder, so tests run
 * them on a copy.
 */

export function isTargetLanguage(value: string): value is TargetLanguage {
  return (targetLanguages as readonly string[]).includes(value);
}

/** Writes a file whole or not at all (a temporary file renamed over it). */
export function writeAtomically(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function writeState(dir: string, language: TargetLanguage, entries: ReviewFile, swedish: Map<string, string>) {
  writeAtomically(join(dir, language, REVIEW_FILE), serializeReviewFile(entries, swedish.keys()));
}

/** Rewrites every status.json from the review state (they are derived, never hand-written). */
export function writeStatusFiles(dir = localesDir()) {
  const swedish = readStrings(defaultLanguage, dir);
  for (const language of supportedLanguages) {
    const state = language === defaultLanguage ? null : languageState(language as TargetLanguage, swedish, dir);
    writeAtomically(join(dir, language, STATUS_FILE), serializeStatus(deriveStatus(language, state, swedish.size)));
  }
}

export interface SyncResult {
  added: Record<string, number>;
  removed: Record<string, number>;
}

/**
 * `sync`: records keys without an entry as drafts of today's Swedish and drops entries of keys
 * Swedish no longer has; never touches an existing entry (so a changed Swedish stays stale).
 * `baseline`: records every string as an unreviewed draft of today's Swedish; refuses while any
 * string is reviewed unless discardReviews (a review is a person's work: never lost silently).
 */
export function syncState(mode: "sync" | "baseline", dir = localesDir(), options: { discardReviews?: boolean } = {}): SyncResult {
  const swedish = readStrings(defaultLanguage, dir);
  const result: SyncResult = { added: {}, removed: {} };
  const states = targetLanguages.map((language) => languageState(language, swedish, dir));
  if (mode === "baseline" && !options.discardReviews) {
    const reviewed = states.flatMap((state) =>
      Object.entries(state.entries)
        .filter(([, entry]) => entry.state === "reviewed")
        .map(([id]) => `${state.language}/${id}`),
    );
    if (reviewed.length) {
      throw new Error(
        `baseline would discard ${reviewed.length} reviewed strings (${reviewed.slice(0, 5).join(", ")}${reviewed.length > 5 ? ", …" : ""}); ` +
          "use sync (keeps them) or add --discard-reviews",
      );
    }
  }
  for (const state of states) {
    const entries: ReviewFile = mode === "baseline" ? {} : { ...state.entries };
    let added = 0;
    for (const [id, source] of swedish) {
      if (entries[id]) continue;
      entries[id] = { source: fingerprint(source), text: fingerprint(state.strings.get(id) ?? ""), state: "draft" };
      added += 1;
    }
    for (const id of state.orphans) delete entries[id];
    result.added[state.language] = added;
    result.removed[state.language] = mode === "baseline" ? 0 : state.orphans.length;
    writeState(dir, state.language, entries, swedish);
  }
  writeStatusFiles(dir);
  return result;
}

/**
 * `redraft`: after a developer rewrote drafts to follow a changed Swedish string, records those
 * strings as drafts of today's Swedish (they stop being stale; no person has reviewed them).
 * Patterns are keys or key prefixes ("law:", "journeys:under-18.").
 */
export function redraft(languages: readonly TargetLanguage[], patterns: readonly string[], dir = localesDir()): string[] {
  if (!patterns.length) throw new Error("name the keys to redraft (a key or a prefix such as law: or journeys:under-18.)");
  const swedish = readStrings(defaultLanguage, dir);
  const matches = (id: string) => patterns.some((pattern) => id === pattern || id.startsWith(pattern));
  const unknown = patterns.filter((pattern) => ![...swedish.keys()].some((id) => id === pattern || id.startsWith(pattern)));
  if (unknown.length) throw new Error(`no such key: ${unknown.join(", ")}`);
  const changed: string[] = [];
  for (const language of languages) {
    const state = languageState(language, swedish, dir);
    const entries = { ...state.entries };
    for (const [id, source] of swedish) {
      if (!matches(id)) continue;
      entries[id] = { source: fingerprint(source), text: fingerprint(state.strings.get(id) ?? ""), state: "draft" };
      changed.push(`${language}/${id}`);
    }
    writeState(dir, language, entries, swedish);
  }
  writeStatusFiles(dir);
  return changed;
}

/** Problems that mean the state files no longer describe the locales (the CI check). */
export function stateProblems(dir = localesDir()): string[] {
  const swedish = readStrings(defaultLanguage, dir);
  const problems: string[] = [];
  for (const language of targetLanguages) {
    let state: LanguageState;
    try {
      state = languageState(language, swedish, dir);
    } catch (error) {
      problems.push(`locales/${language}/${REVIEW_FILE} is not valid: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    const untracked = [...state.keys].filter(([, s]) => s === "untracked").map(([id]) => id);
    if (untracked.length) {
      problems.push(`${language}: ${untracked.length} keys without a review entry (${untracked.slice(0, 3).join(", ")}${untracked.length > 3 ? ", …" : ""})`);
    }
    if (state.orphans.length) {
      problems.push(`${language}: ${state.orphans.length} review entries for keys Swedish no longer has (${state.orphans.slice(0, 3).join(", ")})`);
    }
    const status = readFileSync(join(dir, language, STATUS_FILE), "utf8");
    if (status !== serializeStatus(deriveStatus(language, state))) {
      const stale = [...state.keys].filter(([, s]) => s === "stale").map(([id]) => id);
      problems.push(
        `${language}: ${STATUS_FILE} is not derived from ${REVIEW_FILE}` +
          (stale.length
            ? ` (${stale.length} strings are stale, their Swedish changed: ${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""}; ` +
              "if you rewrote their drafts for the new Swedish, run npm run translations -- redraft all <key>, then sync)"
            : ""),
      );
    }
  }
  const svStatus = readFileSync(join(dir, defaultLanguage, STATUS_FILE), "utf8");
  if (svStatus !== serializeStatus(deriveStatus(defaultLanguage, null, swedish.size))) problems.push(`sv: ${STATUS_FILE} is not derived`);
  return problems;
}

/** The text `npm run translations` prints. */
export function statusReport(dir = localesDir(), options: { all?: boolean } = {}): string {
  const shown = options.all ? Infinity : 6;
  const swedish = readStrings(defaultLanguage, dir);
  const lines: string[] = [];
  const critical = [...swedish].filter(([id, text]) => safetyReasons(id, text).length > 0);
  lines.push(`Translations against today's Swedish (${swedish.size} strings, ${critical.length} safety-critical)`);
  lines.push("");
  lines.push(`${"language".padEnd(10)}${"reviewed".padStart(9)}${"draft".padStart(7)}${"stale".padStart(7)}   safety-critical not reviewed`);
  const details: string[] = [];
  /** Languages with the same open safety-critical keys are listed together. */
  const openLists = new Map<string, { languages: string[]; lines: string[] }>();
  for (const language of targetLanguages) {
    const state = languageState(language, swedish, dir);
    const counts = countStates(state.keys);
    const open = critical.filter(([id]) => state.keys.get(id) !== "reviewed");
    lines.push(
      `${language.padEnd(10)}${String(counts.reviewed).padStart(9)}${String(counts.draft).padStart(7)}${String(counts.stale).padStart(7)}   ${open.length}`,
    );
    if (open.length) {
      const byReason = new Map<string, string[]>();
      for (const [id, text] of open) {
        for (const reason of safetyReasons(id, text)) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
      }
      const list = [...byReason].map(
        ([reason, ids]) =>
          `  ${reason} (${ids.length}): ${ids.slice(0, shown).join(", ")}${ids.length > shown ? `, … ${ids.length - shown} more (--all lists them)` : ""}`,
      );
      const signature = open.map(([id]) => id).join("|");
      const group = openLists.get(signature) ?? { languages: [], lines: list };
      group.languages.push(language);
      openLists.set(signature, group);
    }
    const stale = [...state.keys].filter(([, s]) => s === "stale").map(([id]) => id);
    if (stale.length) details.push(`${language}: stale (shown in Swedish until redrafted or reviewed): ${stale.slice(0, 8).join(", ")}${stale.length > 8 ? ", …" : ""}`);
    if (state.editedAfterReview.length) details.push(`${language}: edited after review (draft again): ${state.editedAfterReview.join(", ")}`);
  }
  details.unshift(...[...openLists.values()].flatMap((group) => [`${group.languages.join(", ")}: safety-critical keys not reviewed`, ...group.lines]));
  lines.push("");
  lines.push(...details);
  return `${lines.join("\n")}\n`;
}

/** A review row: one key, where it appears, why it matters. */
export interface Row {
  id: string;
  ns: Namespace;
  key: string;
  swedish: string;
  text: string;
  state: ReturnType<LanguageState["keys"]["get"]> & string;
  page: string;
  pages: string[];
  audience: string;
  safety: string[];
}

/** Every key of a language with where it appears: by page (site order), safety-critical first. */
export function reviewRows(language: TargetLanguage, dir = localesDir()): Row[] {
  const swedish = readStrings(defaultLanguage, dir);
  const state = languageState(language, swedish, dir);
  const rows: Row[] = [...swedish].map(([id, source]) => {
    const pages = pagesOf(id);
    const { ns, key } = splitKey(id);
    return {
      id,
      ns,
      key,
      swedish: source,
      text: state.strings.get(id) ?? "",
      state: state.keys.get(id)!,
      page: pages[0]!.path,
      pages: pages.map((page) => page.path),
      audience: pages.find((page) => page.audience !== "everyone")?.audience ?? "everyone",
      safety: safetyReasons(id, source),
    };
  });
  const pageOrder = [...new Set(rows.map((row) => row.page))];
  const rank = (row: Row) => (row.page === "*" ? -1 : pageOrder.indexOf(row.page));
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => Number(b.row.safety.length > 0) - Number(a.row.safety.length > 0) || rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

export const languageList = (value: string): TargetLanguage[] => {
  if (value === "all") return [...targetLanguages];
  const list = value.split(",");
  const bad = list.filter((item) => !isTargetLanguage(item));
  if (bad.length) throw new Error(`not a translated language: ${bad.join(", ")} (one of ${targetLanguages.join(", ")}, or all)`);
  return list as TargetLanguage[];
};

export const namespaceOf = (id: string) => splitKey(id).ns;
export type { Language };
export { namespaces };
