import { join } from "node:path";
import sax from "sax";
import xliff, { type XliffJs, type XliffUnit } from "xliff";
import { defaultLanguage, namespaces, type Namespace } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import {
  REVIEW_FILE,
  fingerprint,
  languageState,
  localesDir,
  readNamespace,
  readStrings,
  serializeReviewFile,
  splitKey,
  targetLanguages,
  type ReviewFile,
  type TargetLanguage,
} from "~/utils/translation-state.server";
import { cardLimit } from "./card-limits";
import { checkString, placeholders } from "./rules";
import { reviewRows, writeAtomically, writeStatusFiles } from "./workflow";

/**
 * Export for translators and import of what they reviewed, as XLIFF (2.0 by default, 1.2 for
 * tools that only read that) through the `xliff` package by the i18next authors. One file per
 * language: a <file> per namespace, a unit per key with the Swedish source, the current draft as
 * target, notes (where it appears and for whom, why it is safety-critical, the placeholders that
 * must stay, the state) and, for pocket-card strings, a hard size restriction.
 *
 * The Swedish source in the file is the fingerprint a review is recorded against: a unit whose
 * source is not today's Swedish was reviewed against an older text and is refused (it stays stale).
 */

export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export type XliffVersion = "2.0" | "1.2";

export interface ExportOptions {
  version?: XliffVersion;
  /** Only keys starting with one of these ("law:", "journeys:under-18."). */
  only?: readonly string[];
  /** Only strings not reviewed against today's Swedish. */
  unreviewed?: boolean;
}

const STATE_NOTE: Record<string, string> = {
  draft: "State: draft, not reviewed by a person (the target is an AI draft). Correct it or confirm it as it is.",
  untracked: "State: draft, not reviewed by a person.",
  reviewed: "State: reviewed against this Swedish text.",
  stale:
    "State: STALE. The Swedish text changed after this was translated; the site shows the Swedish until it is reviewed. Translate the Swedish source above anew.",
};

export async function exportXliff(language: TargetLanguage, options: ExportOptions = {}, dir = localesDir()): Promise<string> {
  const version = options.version ?? "2.0";
  const rows = reviewRows(language, dir).filter(
    (row) =>
      (!options.only?.length || options.only.some((prefix) => row.id.startsWith(prefix))) &&
      (!options.unreviewed || row.state !== "reviewed"),
  );
  // Units in the order of the locale files, so a translator's tool reads a page's strings together.
  const swedishOrder = [...readStrings(defaultLanguage, dir).keys()];
  rows.sort((a, b) => swedishOrder.indexOf(a.id) - swedishOrder.indexOf(b.id));
  const resources: XliffJs["resources"] = {};
  for (const row of rows) {
    const notes = [
      `Key: ${row.id}`,
      `Where: ${row.page === "*" ? "every page (header, footer, safety bar)" : row.page}${
        row.pages.length > 1 ? ` (also ${row.pages.slice(1, 4).join(", ")}${row.pages.length > 4 ? ", …" : ""})` : ""
      }; audience: ${row.audience}`,
    ];
    if (row.safety.length) notes.push(`SAFETY-CRITICAL (${row.safety.join(", ")}): a wrong word here can put a reader at risk.`);
    const keep = [...new Set(placeholders(row.swedish))];
    if (keep.length) notes.push(`Keep exactly, untranslated: ${keep.join(" ")}. Never type a number, section or date: they come from data.`);
    const limit = cardLimit(language, row.id);
    if (limit !== null) notes.push(`Pocket card (85.6 × 54 mm): at most ${limit} characters.`);
    notes.push(STATE_NOTE[row.state]!);
    const unit: XliffUnit = { source: row.swedish, target: row.text, note: notes };
    if (limit !== null) {
      unit.additionalAttributes = version === "2.0" ? { sizeRestriction: limit } : { maxwidth: limit, "size-unit": "char" };
    }
    (resources[row.ns] ??= {})[row.key] = unit;
  }
  const js: XliffJs = { sourceLanguage: "sv", targetLanguage: languageTag(language), resources };
  const xml = version === "2.0" ? await xliff.js2xliff(js) : await xliff.jsToXliff12(js);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`import refused, nothing changed:\n  ${problems.slice(0, 50).join("\n  ")}${problems.length > 50 ? `\n  … ${problems.length - 50} more` : ""}`);
  }
}

export interface ImportOptions {
  /** Who reviewed: a name or organisation they agree to publish. */
  reviewer: string;
  /** The review's date, YYYY-MM-DD (today by default). */
  date?: string;
  /** The language the file must be for (refused if its trgLang says otherwise). */
  language?: TargetLanguage;
}

export interface ImportResult {
  language: TargetLanguage;
  /** Keys recorded as reviewed (edited or confirmed as they were). */
  reviewed: string[];
  /** Keys whose text changed. */
  edited: string[];
  /** Keys refused because the file's Swedish source is not today's: they stay stale. */
  stale: string[];
}

/** Checks a file's bytes before any XML parser sees them. */
function decodeSafely(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportRefused([`file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`]);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefused(["file is not UTF-8 text"]);
  }
  text = text.replace(/^\uFEFF/, "");
  // No DTD, so no entity can expand (billion laughs) or reach outside (XXE).
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new ImportRefused(["file has a DOCTYPE or ENTITY declaration; XLIFF needs neither"]);
  if (/<\?(?!xml\s)/.test(text) || /<\?xml\s[\s\S]*<\?xml\s/.test(text)) throw new ImportRefused(["file has processing instructions"]);
  return text;
}

function languageOfTag(tag: string | undefined): TargetLanguage | undefined {
  if (!tag) return undefined;
  return targetLanguages.find((language) => languageTag(language).toLowerCase() === tag.toLowerCase() || language === tag);
}

/**
 * Well-formedness, strictly: the xliff package parses with xml-js, which ignores sax's errors (a
 * truncated file would read as a shorter one, an undefined entity as text). sax in strict mode
 * with only XML's five predefined entities throws at the first error instead.
 */
function assertWellFormed(text: string) {
  const parser = sax.parser(true, { strictEntities: true } as sax.SAXOptions);
  let elements = 0;
  let depth = 0;
  parser.onopentag = () => {
    elements += 1;
    depth += 1;
    if (elements > 200_000) throw new Error("too many elements");
    // XLIFF nests file > group > unit > segment > target > a few inline codes: 32 is plenty.
    if (depth > 32) throw new Error("elements nested too deeply");
  };
  parser.onclosetag = () => {
    depth -= 1;
  };
  parser.ondoctype = () => {
    throw new Error("DOCTYPE");
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
}

export async function parseXliff(bytes: Uint8Array): Promise<XliffJs> {
  const text = decodeSafely(bytes);
  try {
    assertWellFormed(text);
  } catch (error) {
    throw new ImportRefused([`not well-formed XLIFF: ${String((error as Error).message ?? error).split("\n")[0]!.slice(0, 200)}`]);
  }
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']([\d.]+)["']/.exec(text)?.[1];
  if (!version || !["1.2", "2.0", "2.1", "2.2"].includes(version)) throw new ImportRefused(["not an XLIFF 1.2 or 2.x file (no <xliff version=…>)"]);
  try {
    const js = version === "1.2" ? await xliff.xliff12ToJs(text) : await xliff.xliff2js(text);
    if (!js || js instanceof Error || typeof js !== "object" || !js.resources) throw new Error("no <file> elements");
    return js;
  } catch (error) {
    throw new ImportRefused([`not well-formed XLIFF: ${String((error as Error).message ?? error).split("\n")[0]!.slice(0, 200)}`]);
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Validates a reviewed file completely, then writes the strings and records them as reviewed
 * against the Swedish they were reviewed from. Any problem (a broken or hostile file, another
 * language, an unknown key, markup, a placeholder or law figure, a card line too long) refuses the
 * whole file: nothing changes. Units whose Swedish source is not today's are left out and listed.
 */
export async function importXliff(bytes: Uint8Array, options: ImportOptions, dir = localesDir()): Promise<ImportResult> {
  const reviewer = options.reviewer.trim();
  if (!reviewer || reviewer.length > 120 || /[<>\p{Cc}]/u.test(reviewer)) {
    throw new ImportRefused(["--reviewer must name who reviewed (a name or organisation, at most 120 characters, no markup)"]);
  }
  const date = options.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new ImportRefused([`--date ${date} is not a date (YYYY-MM-DD)`]);

  const js = await parseXliff(bytes);
  const problems: string[] = [];
  if (!/^sv(-SE)?$/i.test(js.sourceLanguage ?? "")) problems.push(`source language is "${js.sourceLanguage ?? ""}", not Swedish (sv)`);
  const language = languageOfTag(js.targetLanguage);
  if (!language) {
    throw new ImportRefused([...problems, `target language "${js.targetLanguage ?? ""}" is not one of the site's translations (${targetLanguages.map(languageTag).join(", ")})`]);
  }
  if (options.language && options.language !== language) {
    throw new ImportRefused([...problems, `the file is for ${language}, not ${options.language}`]);
  }

  const swedish = readStrings(defaultLanguage, dir);
  const units: { id: string; source: string; target: string }[] = [];
  for (const [ns, file] of Object.entries(js.resources)) {
    if (!(namespaces as readonly string[]).includes(ns)) {
      problems.push(`unknown file/namespace "${ns.slice(0, 60)}"`);
      continue;
    }
    for (const [key, unit] of Object.entries(file)) {
      const id = `${ns}:${key}`;
      if (key === "_additionalElements") continue;
      if (!swedish.has(id)) {
        problems.push(`${id.slice(0, 120)}: unknown key`);
        continue;
      }
      if (!unit || typeof unit !== "object" || unit.groupUnits) {
        problems.push(`${id}: not a translation unit`);
        continue;
      }
      if (typeof unit.source !== "string" || typeof unit.target !== "string") {
        problems.push(`${id}: ${unit.target === undefined ? "no target" : "markup (inline elements) in source or target; plain text only"}`);
        continue;
      }
      units.push({ id, source: unit.source, target: unit.target });
    }
  }
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) problems.push(`${unit.id}: given twice`);
    seen.add(unit.id);
    problems.push(...checkString({ id: unit.id, language, swedish: swedish.get(unit.id)!, text: unit.target }));
  }
  if (!units.length && !problems.length) problems.push("the file has no translation units");
  if (problems.length) throw new ImportRefused(problems);

  // Reviewed against an older Swedish text: refused, listed, left stale.
  const stale = units.filter((unit) => fingerprint(unit.source) !== fingerprint(swedish.get(unit.id)!)).map((unit) => unit.id);
  const accepted = units.filter((unit) => !stale.includes(unit.id));

  const state = languageState(language, swedish, dir);
  const edited = accepted.filter((unit) => state.strings.get(unit.id) !== unit.target);
  const entries: ReviewFile = { ...state.entries };
  for (const unit of accepted) {
    entries[unit.id] = {
      source: fingerprint(swedish.get(unit.id)!),
      text: fingerprint(unit.target),
      state: "reviewed",
      by: reviewer,
      at: date,
    };
  }
  // Locale files first, then the review state: if writing stops halfway, a review entry whose text
  // is not in the file shows as a draft, never as reviewed.
  const byNamespace = new Map<Namespace, typeof edited>();
  for (const unit of edited) {
    const { ns } = splitKey(unit.id);
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), unit]);
  }
  for (const [ns, list] of byNamespace) {
    const tree = readNamespace(language, ns, dir) as Record<string, unknown>;
    for (const unit of list) {
      const path = splitKey(unit.id).key.split(".");
      let node = tree;
      for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
      node[path.at(-1)!] = unit.target;
    }
    writeAtomically(join(dir, language, `${ns}.json`), `${JSON.stringify(tree, null, 2)}\n`);
  }
  writeAtomically(join(dir, language, REVIEW_FILE), serializeReviewFile(entries, swedish.keys()));
  writeStatusFiles(dir);
  return { language, reviewed: accepted.map((unit) => unit.id), edited: edited.map((unit) => unit.id), stale };
}
