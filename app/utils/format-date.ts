import type { Language } from "~/i18n";

/** Readers here expect day-month-year, so English uses British order rather than American. */
const dateLocale: Partial<Record<Language, string>> = { en: "en-GB" };

/** "2026-11-23" → "23 november 2026" (sv), "23 November 2026" (en), in the reader's language. */
export function formatDate(language: Language, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(dateLocale[language] ?? language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
