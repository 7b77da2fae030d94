import {
  distanceBill,
  iomSupportMonths,
  lawDates,
  penalCodeSfs,
  previousPurchaseMaxMonths,
  provision,
  provisions,
  residencePermits,
  secrecyAct,
  type PrisonTerm,
} from "~/data/law";
import { callCosts } from "~/data/call-costs";
import { campaignFigures } from "~/data/campaign-figures";
import { COUNTY_OFFER_STATUS_YEAR, FIRST_AGREEMENTS_YEAR, municipalities } from "~/data/municipalities";
import { seedDocumentYears } from "~/data/seed-documents";
import { textDirection, type Language } from "~/i18n";
import { formatDate, intlLocale } from "./format-date";

/**
 * The figures the copy about the law interpolates: section references, prison terms and dates,
 * always from app/data/law.ts and never typed into a translation.
 */

/** 4 → "4 år" (sv), "4 years" (en), in the reader's language with its own plural rules. */
export function formatYears(language: Language, years: number): string {
  return formatUnit(language, years, "year");
}

/** 6 months, 30 days, 4 years: a figure with its unit, written by Intl in the reader's language. */
export function formatUnit(language: Language, value: number, unit: "day" | "month" | "year"): string {
  return new Intl.NumberFormat(intlLocale(language), { style: "unit", unit, unitDisplay: "long" }).format(value);
}

export type LawValues = Record<string, string>;

/**
 * In right-to-left text a reference such as "6 kap. 11 §" is isolated (U+2068 … U+2069), so its
 * "§" and digits keep their order whatever surrounds them in the translation.
 */
function isolate(language: Language, text: string): string {
  // No-break spaces: "6 kap. 11 §" never breaks over two lines (in right-to-left text a broken
  // reference reads as two numbers).
  const whole = text.replace(/ /g, "\u00a0");
  return textDirection(language) === "rtl" ? `\u2068${whole}\u2069` : whole;
}

export function lawValues(language: Language): LawValues {
  const years = (n: number) => formatYears(language, n);
  const section = (text: string) => isolate(language, text);
  const max = (term: PrisonTerm) => years(term.max);
  const min = (term: PrisonTerm) => formatUnit(language, term.min ?? 0, term.minUnit ?? "year");
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
    lesserTraffickingMin: min(trafficking.lesserPrison!),
    lesserTraffickingMax: max(trafficking.lesserPrison!),
    previousPurchaseMax: formatUnit(language, previousPurchaseMaxMonths, "month"),
    // "6 kap. 11 §" explained: chapter 6, section 11.
    purchaseChapter: purchase.section.split(" ")[0]!,
    purchaseParagraph: purchase.section.split(" ")[2]!,
    penalCodeSfs: section(penalCodeSfs),
    penalCodeSections: provisions
      .map((item) => item.section)
      .sort()
      .map(section)
      .join(", "),
    reflectionPeriod: formatUnit(language, residencePermits.reflectionDays, "day"),
    reflectionSection: section(residencePermits.reflectionSection),
    longerPermitSection: section(residencePermits.longerSection),
    longerPermitMin: formatUnit(language, residencePermits.longerMinMonths, "month"),
    aliensActSfs: section(residencePermits.aliensActSfs),
    beforeReportDate: formatDate(language, residencePermits.socialServicesBeforeReport),
    secrecySfs: section(secrecyAct.sfs),
    secrecyChapter: section(secrecyAct.chapter),
    // The bare chapter number, for running text in a translation: "in chapter 26 (26 kap.) of …"
    // (Swedish writes "26 kap." alone; a reader of another language needs the word "chapter").
    secrecyChapterNumber: secrecyAct.chapter.split(" ")[0]!,
    secrecyPoliceChapter: section(secrecyAct.policeChapter),
    iomMonths: formatUnit(language, iomSupportMonths, "month"),
    banDate: formatDate(language, lawDates.banInForce),
    thirdPartyDate: formatDate(language, lawDates.thirdPartyPayment),
    distanceDate: formatDate(language, lawDates.distanceActs),
    penalCodeYear: String(lawDates.intoPenalCodeYear),
    maxRaisedYear: String(lawDates.maxRaisedYear),
    distanceBill: section(distanceBill),
    // Not law, but figures too: what a call costs depends on the number's prefix (call-costs.ts).
    freeCallPrefix: callCosts.freeCallPrefix,
    paidCallPrefix: callCosts.paidCallPrefix,
    // The campaign pages' survey figures (campaign-figures.ts): "1 of 10 men", "88 %", the years.
    menWhoPaidOne: String(campaignFigures.menWhoPaid.one),
    menWhoPaidOf: String(campaignFigures.menWhoPaid.of),
    menWhoPaidYear: String(campaignFigures.menWhoPaid.surveyYear),
    girlsAbusedShare: new Intl.NumberFormat(intlLocale(language), { style: "percent" }).format(
      campaignFigures.girlsPaidForSex.abusedPercent / 100,
    ),
    girlsSurveyYear: String(campaignFigures.girlsPaidForSex.surveyYear),
    // The county offer (municipalities.ts) and the seed documents' years (seed-documents.ts).
    countyOfferStatusYear: String(COUNTY_OFFER_STATUS_YEAR),
    firstAgreementsYear: String(FIRST_AGREEMENTS_YEAR),
    municipalityCount: String(municipalities.length),
    ...Object.fromEntries(Object.entries(seedDocumentYears).map(([seed, year]) => [`${seed}Year`, String(year)])),
  };
}
