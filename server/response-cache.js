// @ts-check
/**
 * Rendered pages answered before the router. A page is a pure function of its origin, its canonical
 * address (path + the query parameters its route reads, see query-params.js; the language is the
 * path's first segment) and the directory's version, so the first complete answer is stored with
 * its ETag and its brotli and gzip forms, made once, here, and every later request for the same key
 * is answered from memory: no Express router, no Remix, no render, no compression.
 *
 * What is stored: 200 answers of GET requests with an HTML body, a validator (ETag) and nothing that
 * makes them personal or variable — no Set-Cookie, no `no-store`/`private`, no Content-Security-Policy
 * of their own (a page with a CSP nonce would be personal), no Vary but Accept-Encoding. Redirects,
 * errors and everything else pass through untouched.
 *
 * Memory is bounded by entries and by bytes (lru-cache counts the stored compressed bodies); a change
 * of the directory's version empties the cache. An identity body is not stored: the rare client that
 * accepts neither brotli nor gzip gets the gzip form decompressed.
 *
 * Two ways in: serveFromCache, a middleware after the guards (for a request the guards rewrote:
 * `/sv/?utm_source=x` is `/sv/`), and answerBeforeExpress, which server.js asks first, before
 * Express, for a request that is already exactly a stored key. Its headers, the security set
 * included, were written once when the page was stored (CachedPage.raw).
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gunzipSync, gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
import { notModified } from "../app/utils/cache-policy.js";
import { PROXY_HEADERS } from "./origin.js";

/** @typedef {import("express").Request} Request */
/** @typedef {import("express").Response} Response */
/** @typedef {import("express").RequestHandler} RequestHandler */
/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */

/**
 * @typedef {object} CachedPage
 * @property {[string, string][]} headers  the page's own headers (security headers are set on every response before this)
 * @property {string} etag
 * @property {Buffer} br
 * @property {Buffer} gzip
 * @property {number} length  bytes of the page itself
 * @property {string} route  the route pattern, for the request log
 * @property {{ br: string[], gzip: string[], notModified: string[] }} raw  every header of each
 *   answer answerBeforeExpress sends (the security headers first, then the page's), as the flat
 *   [name, value, …] list res.writeHead takes: made once, here
 */

/** Headers of a stored answer that describe the page (everything else is the connection's or set per response). */
const KEPT_HEADERS = new Set(["cache-control", "content-type", "content-language", "etag", "last-modified", "link", "vary", "x-robots-tag"]);
/** A Vary that does not split the page: anything else means the page depends on more than its key. */
const HARMLESS_VARY = /^\s*(?:accept-encoding\s*(?:,\s*|$))*$/i;
const DEFAULT_MAX_ENTRY_BYTES = 1024 * 1024;

export class ResponseCache {
  /**
   * @param {{ maxEntries: number, maxBytes: number, maxEntryBytes?: number, headers?: Record<string, string> }} options
   *   maxBytes counts compressed bytes kept (brotli + gzip) and the key; 0 entries or bytes switch it off;
   *   headers: the security headers, written into each stored page's answers.
   */
  constructor({ maxEntries, maxBytes, maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES, headers = {} }) {
    this.enabled = maxEntries > 0 && maxBytes > 0;
    this.maxEntryBytes = maxEntryBytes;
    /** The security headers every answer carries (server.js sets the same on the Express path). */
    this.headers = headers;
    /** @type {LRUCache<string, CachedPage>} */
    this.pages = new LRUCache({
      max: Math.max(1, maxEntries),
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (page, key) => page.br.length + page.gzip.length + key.length + 256,
    });
    /** @type {unknown} */
    this.version = undefined;
  }

  /** Entries kept now. */
  get size() {
    return this.pages.size;
  }

  /** Bytes counted against maxBytes now. */
  get bytes() {
    return this.pages.calculatedSize ?? 0;
  }

  /**
   * Forgets everything when the data version changes. Called on every lookup.
   * @param {unknown} version
   */
  useVersion(version) {
    if (version === this.version) return;
    this.pages.clear();
    this.version = version;
  }

  /** @param {string} key */
  get(key) {
    return this.pages.get(key);
  }

  /**
   * Stores an answer when it may be stored; returns the stored page, or undefined.
   * @param {string} key
   * @param {{ status: number, headers: Headers, body: Uint8Array }} answer
   * @param {string} [route]
   */
  store(key, answer, route = "-") {
    if (!this.enabled || !isStorable(answer.status, answer.headers) || answer.body.length > this.maxEntryBytes) return undefined;
    const page = makePage(answer.headers, answer.body, route, this.headers);
    this.put(key, page);
    return page;
  }

  /**
   * @param {string} key
   * @param {CachedPage} page
   */
  put(key, page) {
    this.pages.set(key, page);
  }
}

/**
 * @param {number} status
 * @param {Headers} headers
 */
export function isStorable(status, headers) {
  if (status !== 200) return false;
  if (!/^text\/html\b/i.test(headers.get("content-type") ?? "")) return false;
  if (!headers.get("etag")) return false;
  if (headers.has("set-cookie") || headers.has("content-security-policy") || headers.has("content-encoding")) return false;
  if (/\b(?:no-store|private|no-cache)\b/i.test(headers.get("cache-control") ?? "")) return false;
  return HARMLESS_VARY.test(headers.get("vary") ?? "");
}

/**
 * @param {Headers} headers
 * @param {Uint8Array} body
 * @param {string} route
 * @param {Record<string, string>} [security]  the security headers every answer carries
 * @returns {CachedPage}
 */
export function makePage(headers, body, route, security = {}) {
  /** @type {[string, string][]} */
  const kept = [];
  for (const [name, value] of headers) {
    if (KEPT_HEADERS.has(name) && name !== "vary") kept.push([headerCase(name), value]);
  }
  kept.push(["Vary", "Accept-Encoding"]);
  const etag = headers.get("etag") ?? `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  const br = brotliCompressSync(body, {
      params: {
        // Quality 5: 1–2 ms for a 20 KB page, within 10 % of gzip -9's size below it; 9 to 11 cost
        // 25–75 ms each, which a flood of distinct filter queries would turn into a CPU bill.
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  const gzip = gzipSync(body, { level: 9 });
  const flat = (/** @type {[string, string][]} */ list) => list.flat();
  const base = [...Object.entries(security), ...kept];
  return {
    headers: kept,
    etag,
    br,
    gzip,
    length: body.length,
    route,
    raw: {
      br: flat([...base, ["Content-Encoding", "br"], ["Content-Length", String(br.length)]]),
      gzip: flat([...base, ["Content-Encoding", "gzip"], ["Content-Length", String(gzip.length)]]),
      // As sendPage answers a 304: the page's headers but its Content-Type, no body.
      notModified: flat(base.filter(([name]) => name !== "Content-Type")),
    },
  };
}

/** "content-type" → "Content-Type", "etag" → "ETag": as the uncached answer writes them. @param {string} name */
function headerCase(name) {
  if (name === "etag") return "ETag";
  return name.replace(/(^|-)([a-z])/g, (_, dash, letter) => `${dash}${letter.toUpperCase()}`);
}

/** @type {Map<string, "br" | "gzip" | "identity">} */
const encodingMemo = new Map();
/** The forms a stored page has, in the order we prefer them when the client likes several equally. */
const ENCODINGS = ["br", "gzip", "x-gzip", "identity"];
/**
 * negotiator 1.x takes the preferred order as a second argument (its types, @types/negotiator 0.6,
 * do not know it yet).
 * @type {(negotiator: Negotiator) => string | undefined}
 */
const preferredEncoding = (negotiator) =>
  /** @type {{ encoding(available: string[], options: { preferred: string[] }): string | undefined }} */ (
    /** @type {unknown} */ (negotiator)
  ).encoding(ENCODINGS, { preferred: ENCODINGS });

/**
 * The encoding to send for an Accept-Encoding header, decided by `negotiator` (as the compression
 * middleware does): the client's quality values first (q=0 refuses, `*` stands for the rest), then
 * brotli before gzip; x-gzip is gzip; identity when nothing else is acceptable.
 * @param {string | undefined} header
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(header) {
  if (!header) return "identity";
  const known = encodingMemo.get(header);
  if (known) return known;
  const chosen = preferredEncoding(new Negotiator({ headers: { "accept-encoding": header } }));
  const choice = chosen === "br" ? "br" : chosen === "gzip" || chosen === "x-gzip" ? "gzip" : "identity";
  if (encodingMemo.size < 256 && header.length < 256) encodingMemo.set(header, choice);
  return choice;
}

/**
 * Sends a stored page: 304 when the client has it, otherwise the stored bytes for its
 * Accept-Encoding. Headers already on the response (the security headers) stay.
 * @param {Request} req
 * @param {Response} res
 * @param {CachedPage} page
 */
export function sendPage(req, res, page) {
  res.locals.log?.setRoute(page.route);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  if (notModified(req.headers, page.etag)) {
    res.removeHeader("content-type");
    res.statusCode = 304;
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : gunzipSync(page.gzip);
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The middleware in front of everything that renders: answers from the cache, or notes the key
 * (res.locals.responseCacheKey) for the Remix handler to store the answer under.
 * @param {ResponseCache} cache
 * @param {{ version: () => unknown, origin: (req: Request) => string }} options
 * @returns {RequestHandler}
 */
export function serveFromCache(cache, { version, origin }) {
  return (req, res, next) => {
    if (!cache.enabled || (req.method !== "GET" && req.method !== "HEAD")) return next();
    const current = version();
    cache.useVersion(current);
    const key = cacheKey(current, origin(req), req.url);
    const page = cache.get(key);
    if (page) {
      sendPage(req, res, page);
      return;
    }
    res.locals.responseCacheKey = key;
    next();
  };
}

/**
 * The key of a page: the data version (a page rendered while the data changed is never served as
 * new), the origin and the request target, as the guards left them.
 * @param {unknown} version
 * @param {string} origin
 * @param {string} url
 */
function cacheKey(version, origin, url) {
  return `${String(version)}|${origin}${url}`;
}

/**
 * The request that is already exactly a stored page's key, answered before Express: no router, no
 * middleware chain, headers written once when the page was stored (security headers included).
 *
 * Why no guard is skipped: a key is made only after every guard (server.js: methods, malformed
 * requests, canonical path and query, the site's host) has let the request through, from the
 * target and Host *as the guards left them*. Those guards are functions of the method, the target,
 * Host, the proxy headers and (for a loopback Host) the peer; each passes an already canonical
 * request unchanged. So a GET or HEAD whose target and Host equal a key's, and that carries no
 * proxy header at all, is one the guards would pass unchanged; anything else (a proxy header, a
 * target or Host spelt any other way, another method, a client that accepts neither brotli nor
 * gzip) is not answered here and takes the whole chain. The request log is Express's own
 * middleware, run here too: one line, the same rule.
 * @param {ResponseCache} cache
 * @param {{ version: () => unknown, log: RequestHandler }} options  log: the requestLog middleware
 * @returns {(req: IncomingMessage, res: ServerResponse) => boolean}  true when it answered
 */
export function answerBeforeExpress(cache, { version, log }) {
  const noProxyHeader = (/** @type {IncomingMessage} */ req) => {
    for (const name of PROXY_HEADERS) if (req.headers[name] !== undefined) return false;
    return true;
  };
  return (req, res) => {
    if (!cache.enabled || (req.method !== "GET" && req.method !== "HEAD")) return false;
    const host = req.headers.host;
    const url = req.url ?? "";
    if (!host || url[0] !== "/" || !noProxyHeader(req)) return false;
    const current = version();
    cache.useVersion(current);
    const encrypted = "encrypted" in req.socket && Boolean(req.socket.encrypted);
    const page = cache.get(cacheKey(current, `${encrypted ? "https" : "http"}://${host}`, url));
    if (!page) return false;
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    if (encoding === "identity") return false; // sendPage decompresses for the rare client
    const response = /** @type {ServerResponse & { locals: Record<string, any> }} */ (res);
    response.locals = {};
    log(/** @type {any} */ (req), /** @type {any} */ (response), () => undefined);
    response.locals.log?.setRoute(page.route);
    if (notModified(req.headers, page.etag)) {
      res.writeHead(304, page.raw.notModified);
      res.end();
      return true;
    }
    res.writeHead(200, encoding === "br" ? page.raw.br : page.raw.gzip);
    res.end(req.method === "HEAD" ? undefined : encoding === "br" ? page.br : page.gzip);
    return true;
  };
}
