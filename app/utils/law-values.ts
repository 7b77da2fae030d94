import { distanceBill, lawDates, provision, type PrisonTerm } from "~/data/law";
import { textDirection, type Language } from "~/i18n";
import { formatDate, intlLocale } from "./format-date";

/**
 * The figures the copy about the law interpolates: section references, prison terms and dates,
 * always from app/data/law.ts and never typed into a translation.
 */

/** 4 → "4 år" (sv), "4 years" (en), in the reader's language with its own plural rules. */
export function formatYears(language: Language, years: number): string {
  return new Intl.NumberFormat(intlLocale(language), { style: "unit", unit: "year", unitDisplay: "long" }).format(
    years
  );
}

export type LawValues = Record<string, string>;

/**
 * In right-to-left text a reference such as "6 kap. 11 §" is isolated (U+2068 … U+2069), so its
 * "§" and digits keep their order whatever surrounds them in the translation.
 */
function isolate(language: Language, text: string): string {
  return textDirection(language) === "rtl" ? `\u2068${text}\u2069` : text;
}

export function lawValues(language: Language): LawValues {
  const years = (n: number) => formatYears(language, n);
  const section = (text: string) => isolate(language, text);
  const max = (term: PrisonTerm) => years(term.max);
  const min = (term: PrisonTerm) => years(term.min ?? 0);
  const purchase = provision("purchase");
  const child = provision("purchase-from-child");
  const procuring = provision("procuring");
  const trafficking = provision("trafficking");
  return {
    purchaseSection: section(purchase.section),
    purchaseMax: max(purchase.prison),
    childSection: section(child.section),
    childMax: max(child.prison),
    childMaxYear: String(lawDates.childMaxSinceYear),
    procuringSection: section(procuring.section),
    procuringMax: max(procuring.prison),
    grossProcuringMin: min(procuring.grossPrison!),
    grossProcuringMax: max(procuring.grossPrison!),
    traffickingSection: section(trafficking.section),
    traffickingMin: min(trafficking.prison),
    traffickingMax: max(trafficking.prison),
    banDate: formatDate(language, lawDates.banInForce),
    thirdPartyDate: formatDate(language, lawDates.thirdPartyPayment),
    distanceDate: formatDate(language, lawDates.distanceActs),
    penalCodeYear: String(lawDates.intoPenalCodeYear),
    maxRaisedYear: String(lawDates.maxRaisedYear),
    distanceBill: section(distanceBill),
  };
}
