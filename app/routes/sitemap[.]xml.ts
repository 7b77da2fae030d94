import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/env.server";
import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { cachePolicy } from "~/utils/cache-policy.js";
import { languageTag } from "~/utils/language-tag";
import { localizedPath } from "~/utils/language-path";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * sitemap.xml: every page in every language, each entry naming all its alternates and x-default
 * (Google's format for multilingual sitemaps). Absolute URLs from SITE_URL, else this request.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const url = (language: (typeof supportedLanguages)[number], path: string) =>
    escapeXml(`${origin}${localizedPath(language, path)}`);
  const entries = allSitePaths().flatMap((path) => {
    const alternates = [
      ...supportedLanguages.map(
        (language) =>
          `    <xhtml:link rel="alternate" hreflang="${languageTag(language)}" href="${url(language, path)}"/>`
      ),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${origin}/`)}"/>`,
    ].join("\n");
    return supportedLanguages.map(
      (language) => `  <url>\n    <loc>${url(language, path)}</loc>\n${alternates}\n  </url>`
    );
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": cachePolicy.sitemap,
    },
  });
}
