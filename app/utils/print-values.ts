import { CARDS_PER_SHEET } from "~/data/printables";
import type { Language } from "~/i18n";
import { intlLocale } from "./format-date";

/**
 * The figures print instructions name ("Choose A4 and 100 % size", "eight cards"), from here and
 * never typed into a translation: the paper, the scale written the reader's way, and the number
 * of cards on a sheet.
 */
export function printValues(language: Language): { paper: string; scale: string; count: number } {
  const scale = new Intl.NumberFormat(intlLocale(language), { style: "percent" }).format(1);
  return { paper: "A4", scale, count: CARDS_PER_SHEET };
}
