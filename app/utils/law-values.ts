import { distanceBill, lawDates, provision, type PrisonTerm } from "~/data/law";
import type { Language } from "~/i18n";
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

export function lawValues(language: Language): LawValues {
  const years = (n: number) => formatYears(language, n);
  const max = (term: PrisonTerm) => years(term.max);
  const min = (term: PrisonTerm) => years(term.min ?? 0);
  const purchase = provision("purchase");
  const child = provision("purchase-from-child");
  const procuring = provision("procuring");
  const trafficking = provision("trafficking");
  return {
    purchaseSection: purchase.section,
    purchaseMax: max(purchase.prison),
    childSection: child.section,
    childMax: max(child.prison),
    childMaxYear: String(lawDates.childMaxSinceYear),
    procuringSection: procuring.section,
    procuringMax: max(procuring.prison),
    grossProcuringMin: min(procuring.grossPrison!),
    grossProcuringMax: max(procuring.grossPrison!),
    traffickingSection: trafficking.section,
    traffickingMin: min(trafficking.prison),
    traffickingMax: max(trafficking.prison),
    banDate: formatDate(language, lawDates.banInForce),
    thirdPartyDate: formatDate(language, lawDates.thirdPartyPayment),
    distanceDate: formatDate(language, lawDates.distanceActs),
    penalCodeYear: String(lawDates.intoPenalCodeYear),
    maxRaisedYear: String(lawDates.maxRaisedYear),
    distanceBill,
  };
}
