import { sitePages } from "./site-pages";

/**
 * Links a sentence of copy may carry, by tag: "<municipalities>socialtjänsten i din kommun</municipalities>"
 * links to the municipality page in the reader's language, so a sentence that says "ask your
 * municipality" is never a dead end. The translations keep the same tags (tests/unit/locales.test.ts).
 */
export const inlineLinks: Readonly<Record<string, string>> = {
  municipalities: sitePages.municipalities,
  kast: "/services/kast",
};
