import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printables } from "~/data/printables";
import type { Language } from "~/i18n";
import { readNamespace } from "~/utils/translation-state.server";

/**
 * Hard length limits of pocket-card strings, in Unicode code points (what XLIFF's
 * "xliff:codepoints" profile and translation tools count), per card and language: a card is
 * 85.6 × 54 mm and must print whole (tests/e2e/print.spec.ts). Measured in the browser by
 * scripts/measure-card-limits.ts (`npm run translations -- measure-cards`), proved by
 * tests/e2e/card-limits.spec.ts, checked by the locale test and the import.
 */
export const CARD_LIMITS_FILE = join(process.cwd(), "scripts/lib/translations/card-limits.json");

export type FieldLimits = { heading: number; lines: number[]; who: number[] };
export type CardLimits = Record<string, Partial<Record<Language, FieldLimits>>>;

let cached: CardLimits | undefined;
export function cardLimits(): CardLimits {
  cached ??= JSON.parse(readFileSync(CARD_LIMITS_FILE, "utf8")) as CardLimits;
  return cached;
}

const cardIds = new Set(printables.filter((item) => item.format === "card").map((item) => item.id));
const CARD_KEY = /^print:printables\.([\w-]+)\.(heading|lines\.(\d+)|who\.(\d+))$/;

/** The limit of a key in a language, or null when it is not a pocket-card string. */
export function cardLimit(language: Language, id: string): number | null {
  const match = CARD_KEY.exec(id);
  if (!match || !cardIds.has(match[1]!)) return null;
  const fields = cardLimits()[match[1]!]?.[language];
  if (!fields) throw new Error(`no measured card limits for ${language}/${match[1]}: run npm run translations -- measure-cards`);
  if (match[2] === "heading") return fields.heading;
  const index = Number(match[3] ?? match[4]);
  const limit = match[3] !== undefined ? fields.lines[index] : fields.who[index];
  if (limit === undefined) throw new Error(`${id}: no measured limit for this line: run npm run translations -- measure-cards`);
  return limit;
}

/** Words to lengthen a card with: all of the language's card strings, so filler wraps like its script. */
export function cardFiller(language: Language): string {
  const copy = (readNamespace(language, "print") as { printables: Record<string, { heading: string; lines: string[]; who: string[] }> })
    .printables;
  return [...cardIds].flatMap((id) => [copy[id]!.heading, ...copy[id]!.lines, ...copy[id]!.who]).join(" ");
}
