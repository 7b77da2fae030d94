// @ts-check
// The rules of the static mirror (`npm run export`), in one place: where an address is stored,
// which files get precompressed siblings, and which headers each address is served with. The
// export writes `_headers` and `_redirects` from them; deploy/nginx-static.conf and the static
// server in tests/e2e/static-mirror.spec.ts follow the same rules.
import { openDataHeaders } from "../../app/directory/open-data-headers.js";
import { cachePolicy } from "../../app/utils/cache-policy.js";
import { securityHeaders } from "../../app/utils/security-headers.js";

export { openDataHeaders };

/**
 * The policies of app/utils/cache-policy.js that the mirror's answers carry, as the Node server
 * sends them: pages, "/" (a redirect by language where the host can redirect), 404 pages, /build/,
 * other public files and robots.txt, open data, sitemap.xml.
 */
export const cacheControl = Object.freeze({
  page: cachePolicy.page,
  redirect: cachePolicy.redirectByLanguage,
  error: cachePolicy.error,
  build: cachePolicy.asset,
  publicFile: cachePolicy.file,
  data: cachePolicy.openData,
  sitemap: cachePolicy.sitemap,
});

/** Text files that get `.br` and `.gz` siblings. */
export const COMPRESSIBLE = /\.(?:html|json|css|js|xml|txt|svg)$/;

/**
 * Where the file for an address is stored, relative to the mirror's root:
 * `/sv/` → `sv/index.html`, `/sv/law` → `sv/law.html`, `/sitemap.xml` → `sitemap.xml`.
 * An address whose last segment has a dot is a file and keeps its name.
 * @param {string} pathname
 */
export function fileForPath(pathname) {
  if (!pathname.startsWith("/") || pathname.includes("..") || pathname.includes("\\")) {
    throw new Error(`not a site path: ${pathname}`);
  }
  if (pathname.endsWith("/")) return `${pathname.slice(1)}index.html`;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return last.includes(".") ? pathname.slice(1) : `${pathname.slice(1)}.html`;
}

/**
 * Where the open data in another language is stored: `/open-data/hsds/services.json?lang=en` is
 * `open-data/hsds/_lang/en/services.json` (a static file has no query; the server rules map it).
 * @param {string} pathname an address under /open-data/hsds/
 * @param {string} language
 */
export function openDataLanguageFile(pathname, language) {
  const prefix = "/open-data/hsds/";
  if (!pathname.startsWith(prefix) || !/^[a-z]+$/.test(language)) throw new Error(`not open data: ${pathname}`);
  return `open-data/hsds/_lang/${language}/${fileForPath(pathname).slice(prefix.length - 1)}`;
}

/** The 404 page of a language, relative to the root (`sv/404.html`); `404.html` outside a language. */
export function notFoundFile(/** @type {string | undefined} */ language) {
  return language ? `${language}/404.html` : "404.html";
}

/**
 * The header rules, most general first, in the order `_headers` lists them. No header appears in
 * two rules that can match the same address (Netlify and Cloudflare Pages join such values with a
 * comma), so each address gets exactly one Cache-Control.
 * @param {{ https: boolean, languages: readonly string[], publicFiles: readonly string[] }} options
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function headerRules({ https, languages, publicFiles }) {
  return [
    { pattern: "/*", headers: securityHeaders({ https }) },
    { pattern: "/", headers: { "Cache-Control": cacheControl.redirect } },
    { pattern: "/404.html", headers: { "Cache-Control": cacheControl.error } },
    ...languages.map((language) => ({ pattern: `/${language}/*`, headers: { "Cache-Control": cacheControl.page } })),
    { pattern: "/build/*", headers: { "Cache-Control": cacheControl.build } },
    { pattern: "/open-data/*", headers: { "Cache-Control": cacheControl.data, ...openDataHeaders } },
    { pattern: "/sitemap.xml", headers: { "Cache-Control": cacheControl.sitemap } },
    { pattern: "/robots.txt", headers: { "Cache-Control": cacheControl.publicFile } },
    ...publicFiles.map((file) => ({ pattern: `/${file}`, headers: { "Cache-Control": cacheControl.publicFile } })),
  ];
}

/**
 * `_headers` in the format Netlify and Cloudflare Pages read: a path pattern, then its headers
 * indented by two spaces.
 * @param {{ pattern: string, headers: Record<string, string> }[]} rules
 */
export function formatHeadersFile(rules) {
  const lines = [
    "# Written by `npm run export` from app/utils/security-headers.js and scripts/lib/static-mirror.js.",
    "# The same headers as the Node server; deploy/nginx-static.conf sends them too.",
  ];
  for (const { pattern, headers } of rules) {
    lines.push(pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `_redirects` (Netlify's format): "/" goes to the visitor's language where the host can tell it
 * (Language=), else to Swedish; open data with ?lang=<code> is answered from its language's files;
 * a missing page under /<language>/ gets that language's 404 page
 * (with status 404). Cloudflare Pages serves the nearest 404.html by itself.
 * @param {{ languages: readonly string[], defaultLanguage: string, aliases?: Record<string, string> }} options
 */
export function formatRedirectsFile({ languages, defaultLanguage, aliases = {} }) {
  const lines = ["# Written by `npm run export`: the language of \"/\", and a 404 page per language."];
  for (const language of languages) {
    if (language === defaultLanguage || !/^[a-z]{2,3}$/.test(language)) continue;
    const tags = [language, ...Object.keys(aliases).filter((alias) => aliases[alias] === language)];
    lines.push(`/  /${language}/  302!  Language=${tags.join(",")}`);
  }
  lines.push(`/  /${defaultLanguage}/  302!`);
  for (const language of languages) {
    if (language !== defaultLanguage) lines.push(`/open-data/hsds/*  lang=${language}  /open-data/hsds/_lang/${language}/:splat  200!`);
  }
  for (const language of languages) lines.push(`/${language}/*  /${notFoundFile(language)}  404`);
  lines.push(`/*  /${notFoundFile(undefined)}  404`);
  return `${lines.join("\n")}\n`;
}
