// @ts-check
/**
 * The query parameters each route reads. A page is a pure function of its path, these parameters,
 * its language and the directory's data; any other parameter (`?v=123`, `?utm_source=…`) changes
 * nothing but would make a new address for every cache. server.js drops the parameters a route
 * does not read before anything else sees the request (so `/sv/?v=1` is answered, and cached, as
 * `/sv/`), and sorts the ones it keeps, so that one page has one address.
 *
 * Keep in step with the routes that read a query (app/utils/directory-query.ts,
 * app/routes/$lang.municipalities._index.tsx, app/directory/hsds.server.ts): a route that starts
 * reading a new parameter must add it here, or it will never see it (tests/unit/query-params.test.ts
 * checks that each listed route reads exactly its names).
 */

/** /:lang/services: the directory's filter form. */
export const SERVICES_QUERY = /** @type {const} */ (["audience", "age", "free", "anonymous", "professionals", "q"]);
/** /:lang/municipalities: the picker's GET form. */
export const MUNICIPALITIES_QUERY = /** @type {const} */ (["municipality"]);
/** /open-data/hsds/*.json: the language of the texts (HSDS pages are always one page today). */
export const OPEN_DATA_QUERY = /** @type {const} */ (["lang", "page", "per_page"]);

/** @type {[RegExp, readonly string[]][]} */
const DECLARED = [
  [/^\/[^/]+\/services\/?$/, SERVICES_QUERY],
  [/^\/[^/]+\/municipalities\/?$/, MUNICIPALITIES_QUERY],
  [/^\/open-data\/hsds\/.+\.json$/, OPEN_DATA_QUERY],
];

/** @type {readonly string[]} */
const NONE = [];

/**
 * The query parameters the route at this (raw, still encoded) path reads.
 * @param {string} path
 * @returns {readonly string[]}
 */
export function declaredQuery(path) {
  for (const [pattern, names] of DECLARED) if (pattern.test(path)) return names;
  return NONE;
}

/**
 * The canonical request target: the path as it is, then only the declared parameters, sorted by
 * name (values of one name keep their order). `?` alone, and a query of nothing declared, go.
 * Parameters are kept in their raw, encoded form: nothing is decoded and re-encoded.
 * @param {string} target  a request target, path and optional query
 * @returns {string}
 */
export function canonicalTarget(target) {
  const mark = target.indexOf("?");
  if (mark === -1) return target;
  const path = target.slice(0, mark);
  const names = declaredQuery(path);
  if (names.length === 0) return path;
  /** @type {[string, string][]} */
  const kept = [];
  for (const pair of target.slice(mark + 1).split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    let name;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, " "));
    } catch {
      continue; // an undecodable name is no parameter any route reads
    }
    if (names.includes(name)) kept.push([name, pair]);
  }
  if (kept.length === 0) return path;
  // Array.prototype.sort is stable: values of the same name keep their order.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `${path}?${kept.map(([, pair]) => pair).join("&")}`;
}
