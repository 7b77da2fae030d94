// @ts-check
/**
 * How long each kind of answer may be kept, and by whom: the one place that decides it. Plain
 * JavaScript, like security-headers.js, because the Node server (server.js, server/), the export's
 * `_headers` writer (scripts/lib/static-mirror.js) and the app all read it; the nginx files carry
 * the same strings and tests/unit/cache-policy.test.ts fails when they drift.
 *
 * Why these numbers: every page is the same for everyone who reads it in one language and holds
 * nothing personal, so shared caches (nginx, a CDN) may keep it; browsers revalidate on every visit
 * (max-age=0, with the ETag), so a corrected phone number reaches a reader within five minutes.
 */
import fresh from "fresh";

export const cachePolicy = Object.freeze({
  /**
   * A page (HTML): shared caches keep it 5 minutes and may serve it stale for a day while they
   * fetch a new one (a campaign spike or a Node restart never reaches the reader as an error).
   */
  page: "public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
  /**
   * A redirect chosen by Accept-Language ("/", "/ung", …; it says `Vary: Accept-Language`): shared
   * caches keep one per language for 5 minutes, never stale.
   */
  redirectByLanguage: "public, max-age=0, s-maxage=300",
  /** Open data (/open-data/hsds/*.json): as fresh as the pages that show the same records. */
  openData: "public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
  /** An error answer (404 and other 4xx pages and data): briefly, so a fixed link recovers within a minute. */
  error: "public, max-age=0, s-maxage=60",
  /** A fingerprinted build file (/build/…): its name changes with its content. */
  asset: "public, max-age=31536000, immutable",
  /** Another public file (favicons, quick-exit.js, robots.txt): an hour. */
  file: "public, max-age=3600",
  /** sitemap.xml: an hour, in shared caches too. */
  sitemap: "public, max-age=3600, s-maxage=3600",
  /** Nowhere: a page with a nonce, /healthz, an answer about one bad request. */
  noStore: "no-store",
});

/** @typedef {keyof typeof cachePolicy} CachePolicyName */

/**
 * Whether a conditional request may be answered 304 Not Modified for an answer with this ETag
 * (If-None-Match, weak comparison as RFC 9110 asks for GET; a request with `Cache-Control:
 * no-cache`, a reload, always gets the answer). The `fresh` package decides, as it does for Express.
 * @param {{ "if-none-match"?: string | null, "cache-control"?: string | null }} request  lower-case header names
 * @param {string} etag
 */
export function notModified(request, etag) {
  const ifNoneMatch = request["if-none-match"];
  if (!ifNoneMatch) return false;
  return fresh({ "if-none-match": ifNoneMatch, "cache-control": request["cache-control"] ?? undefined }, { etag });
}
