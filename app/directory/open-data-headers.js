// @ts-check
/**
 * What every open-data answer (/open-data/hsds/*.json) says beside its Cache-Control: anyone may
 * read it from any site (no cookies, no credentials are ever involved) and under which licence.
 * Plain JavaScript: the routes send it (hsds.server.ts) and the export's `_headers` writer
 * (scripts/lib/static-mirror.js) writes it for static hosts.
 */
export const openDataHeaders = Object.freeze({
  "Access-Control-Allow-Origin": "*",
  Link: '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"',
});
