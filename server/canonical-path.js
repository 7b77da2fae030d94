// @ts-check
/**
 * One page, one address. The router reads a path loosely: it resolves dot segments (`/sv/x/../law`,
 * also written `%2e%2e`), decodes any percent-encoded letter (`/%73v/` is `/sv/`), matches without
 * regard to case (`/sv/LAW`) and takes `/sv/law/` for `/sv/law`. Every such spelling would be a new
 * key for the response cache and for nginx's, and so a fresh render; and where the root and a route
 * read the path differently, a page could mix two languages (`/%73v/` with `Accept-Language: ar`
 * gave an Arabic page with a Swedish title). middleware.js answers any spelling but the canonical
 * one with a 301 to it, before any cache or route sees the request.
 *
 * The canonical path (RFC 3986 §6.2.2, then the site's own rules):
 * - a percent-encoded unreserved character (letter, digit, "-", ".", "_", "~") is decoded; any other
 *   percent-encoding keeps its form with upper-case hex digits (`%c3%b6` is `%C3%B6`);
 * - runs of "/" and any "\" (which the URL parser reads as "/") are one "/";
 * - "." and ".." segments are removed (RFC 3986 §5.2.4); ".." never climbs above "/";
 * - the address of a page (its last segment has no ".") is in lower case: every page address is,
 *   while files (/build/x-AbC.css) keep their case;
 * - a page address of two or more segments has no trailing "/" (`/sv/` keeps its own).
 */

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** Already canonical, the common case, at a glance: lower case, no escape, no dot segment, no "//". */
const PLAIN = /^(?:\/[a-z0-9_~-][a-z0-9._~-]*)*\/?$/;

/**
 * @param {string} rawPath  the path of a request target as sent (still encoded, no query)
 * @returns {string}
 */
export function canonicalPath(rawPath) {
  // A trailing "/" after two or more segments is not canonical: those go the long way.
  if (PLAIN.test(rawPath) && !/\/[^/]+\/[^/]*\/$/.test(rawPath)) return rawPath;
  const escaped = rawPath.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => {
    const character = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : `%${hex.toUpperCase()}`;
  });
  const segments = removeDotSegments(escaped.replace(/[/\\]+/g, "/").split("/").slice(1));
  const last = segments.at(-1) ?? "";
  const isPage = !last.includes(".");
  let path = `/${segments.join("/")}`;
  if (isPage) {
    // Letters only outside a percent-encoding: "%C3%B6" keeps its hex digits upper case.
    path = path.replace(/%[0-9A-F]{2}|[^%]+/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));
    if (segments.length > 2 && last === "") path = path.slice(0, -1);
  }
  return path;
}

/**
 * RFC 3986 §5.2.4 on a list of segments (the path's leading "/" taken off): a "." goes, a ".." takes
 * the segment before it with it; a path that ended in "." or ".." ends in "/".
 * @param {string[]} input
 */
function removeDotSegments(input) {
  /** @type {string[]} */
  const output = [];
  input.forEach((segment, index) => {
    const isLast = index === input.length - 1;
    if (segment === "." || segment === "..") {
      if (segment === "..") output.pop();
      if (isLast) output.push("");
      return;
    }
    output.push(segment);
  });
  return output;
}
