import type { Language } from "~/i18n";

/**
 * Easy-to-read Swedish (lättläst) has its own address, /lattlast/, but it is Swedish: its
 * BCP 47 tag is Swedish with a private-use subtag, "sv-x-lattlast". Screen readers read it with
 * a Swedish voice (they look at the primary subtag "sv"), and an hreflang of its own keeps it
 * apart from the standard Swedish pages. Every other language's URL code is already its tag.
 */
const TAGS: Readonly<Record<string, string>> = { lattlast: "sv-x-lattlast" };

/** The BCP 47 tag of a site language: for lang="…", hreflang="…" and sitemap.xml alike. */
export function languageTag(language: Language): string {
  return TAGS[language] ?? language;
}

/** For Intl formatting (dates, years): the language whose conventions apply. */
export function intlLocaleOf(language: Language): string {
  return languageTag(language).split("-x-")[0] ?? language;
}
