// @ts-check
/**
 * Primary language subtags a browser may send for a language the site has under another code:
 * Dari (prs) is read as Persian (fa). Plain JavaScript, because the export (scripts/export.js, run
 * by node) writes them into `_redirects`; app/utils/negotiate-language.ts is the rule that uses them.
 * @type {Readonly<Record<string, string>>}
 */
export const languageAliases = Object.freeze({ prs: "fa" });
