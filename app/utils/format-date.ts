import type { Language } from "~/i18n";
import { intlLocaleOf } from "./language-tag";

/** Readers here expect day-month-year, so English uses British order rather than American. */
const dateLocale: Partial<Record<Language, string>> = { en: "en-GB" };

/**
 * The locale for dates and numbers in a language: always the Gregorian calendar (Thai and Persian
 * would otherwise default to the Buddhist and Solar Hijri years, and a law's date must be the one
 * in the law) and the digits 0–9 that phone numbers and section references use everywhere.
 */
export function intlLocale(language: Language): string {
  return `${dateLocale[language] ?? intlLocaleOf(language)}-u-ca-gregory-nu-latn`;
}

/**
 * "2026-11-23" → "23 november 2026" (sv), "23 November 2026" (en), in the reader's language.
 * Never throws: a string that is not a real date (the directory refuses such records, but a page
 * must not depend on that) is shown as it is rather than taking the page down.
 */
export function formatDate(language: Language, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "long", timeZone: "UTC" }).format(date);
}
