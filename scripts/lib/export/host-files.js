// @ts-check
// What a static host needs beside the pages: `_headers` and `_redirects` (Netlify and Cloudflare
// Pages read them; their rules are scripts/lib/static-mirror.js), and "/" for hosts that cannot
// redirect by Accept-Language: the thirteen languages, each by its own name.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatHeadersFile, formatRedirectsFile, headerRules } from "../static-mirror.js";

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * "/" of the mirror for a host that cannot redirect by Accept-Language: the thirteen languages by
 * their own names, each a link to its home page (nginx and `_redirects` redirect instead).
 * @param {string} localesDir
 * @param {readonly string[]} languages
 * @param {string} defaultLanguage
 */
export function languageChoicePage(localesDir, languages, defaultLanguage) {
  const items = languages.map((language) => {
    const common = JSON.parse(readFileSync(join(localesDir, language, "common.json"), "utf8"));
    const name = typeof common.languageName === "string" ? common.languageName : language;
    const siteName = typeof common.siteName === "string" ? common.siteName : "Stödlinjer";
    return { language, name, siteName };
  });
  const title = items.find((item) => item.language === defaultLanguage)?.siteName ?? "Stödlinjer";
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(defaultLanguage)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><ul>`,
    ...items.map(
      ({ language, name }) =>
        `<li><a href="/${escapeHtml(language)}/" hreflang="${escapeHtml(language)}" dir="auto">${escapeHtml(name)}</a></li>`,
    ),
    "</ul></main></body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Writes index.html (the language choice), `_headers` and `_redirects` into the mirror.
 * @param {{ out: string, localesDir: string, https: boolean, languages: readonly string[], defaultLanguage: string, rootPublicFiles: readonly string[], aliases: Record<string, string> }} options
 */
export function writeHostFiles({ out, localesDir, https, languages, defaultLanguage, rootPublicFiles, aliases }) {
  writeFileSync(join(out, "index.html"), languageChoicePage(localesDir, languages, defaultLanguage));
  writeFileSync(join(out, "_headers"), formatHeadersFile(headerRules({ https, languages, publicFiles: rootPublicFiles })));
  writeFileSync(join(out, "_redirects"), formatRedirectsFile({ languages, defaultLanguage, aliases }));
}
