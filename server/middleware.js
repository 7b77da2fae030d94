// @ts-check
// Express middleware for the Node server (server.js): logging without personal data, headers,
// and the guards that turn odd or hostile requests into plain 4xx answers before Remix sees them.

import { cachePolicy } from "../app/utils/cache-policy.js";
import { canonicalPath } from "./canonical-path.js";
import { fromTrustedProxy, isLoopbackHost, isValidHost, requestOrigin } from "./origin.js";
import { canonicalTarget } from "./query-params.js";

/** @typedef {import("express").RequestHandler} RequestHandler */
/** @typedef {import("express").ErrorRequestHandler} ErrorRequestHandler */

/**
 * One JSON line per request: method, route pattern, status and duration. Never the URL, the
 * query, the IP address or the User-Agent: a visitor's safety can depend on leaving no trace.
 * `res.locals.log.setRoute()` lets later handlers (static files, Remix) name the route.
 * @param {(line: string) => void} [write]
 * @returns {RequestHandler}
 */
export function requestLog(write = (line) => console.log(line)) {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const log = {
      route: "-",
      /** @param {string} pattern */
      setRoute(pattern) {
        log.route = pattern;
      },
    };
    res.locals.log = log;
    res.on("finish", () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      write(JSON.stringify({ method: req.method, route: log.route, status: res.statusCode, ms }));
    });
    next();
  };
}

/**
 * @param {string} route
 * @returns {RequestHandler}
 */
export function nameRoute(route) {
  return (_req, res, next) => {
    res.locals.log?.setRoute(route);
    next();
  };
}

/**
 * @param {Record<string, string>} headers
 * @returns {RequestHandler}
 */
export function setHeaders(headers) {
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}

/**
 * A plain-text answer of our own (400, 405, …): never stored by a cache, so one visitor's bad
 * request is never what the next one gets (the security headers are already set).
 * @param {import("express").Response} res
 * @param {number} status
 * @param {string} text
 */
function plainAnswer(res, status, text) {
  res.status(status).set("Cache-Control", cachePolicy.noStore).type("text/plain").send(text);
}

/** The site only reads: anything but GET and HEAD is refused before it reaches a route. @type {RequestHandler} */
export const onlyReadMethods = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  res.set("Allow", "GET, HEAD");
  plainAnswer(res, 405, "Method Not Allowed");
};

/**
 * Requests we cannot read safely never reach a route as they are:
 * - a Host or X-Forwarded-Host that is not a host name (or has a port above 65535), an
 *   X-Forwarded-Proto of a trusted proxy that is not http/https, or a request target that is not a
 *   path: plain 400;
 * - a path that cannot be decoded, or decodes to a control character (a null byte, a line break…),
 *   is answered as a page that does not exist in the language of its first segment, so a person
 *   who follows a broken link gets the localized 404 page with the configured quick exit;
 * - a request target with a fragment ("#…", which no client sends): plain 400;
 * - any other spelling of a page's address than its canonical one (canonical-path.js: dot
 *   segments, percent-encoded letters, runs of slashes or backslashes, capitals, a trailing "/"):
 *   a 301 to the canonical path, query kept, before any cache sees it; a path can never become a
 *   redirect that starts with "//" or "/\" (both lead to another site);
 * - a canonical path ending in ".data" (Remix single fetch's data request; no page hydrates,
 *   nothing asks for it): the localized 404 page, like any page that does not exist.
 * @type {RequestHandler}
 */
export const rejectMalformed = (req, res, next) => {
  const forwardedHost = req.headers["x-forwarded-host"];
  if (
    !isValidHost(req.headers.host) ||
    (forwardedHost !== undefined && !String(forwardedHost).split(",").every((host) => isValidHost(host.trim()))) ||
    !req.url.startsWith("/") ||
    (fromTrustedProxy(req) && !validForwardedProto(req.headers["x-forwarded-proto"])) ||
    req.url.includes("#")
  ) {
    plainAnswer(res, 400, "Bad Request");
    return;
  }
  const mark = req.url.indexOf("?");
  const rawPath = mark === -1 ? req.url : req.url.slice(0, mark);
  // "?_data=" asks Remix for a route's data in the old (pre single fetch) way: nothing here uses it.
  if (mark !== -1 && "_data" in req.query) {
    plainAnswer(res, 400, "Bad Request");
    return;
  }
  if (!isReadablePath(rawPath)) {
    answerAsMissingPage(req, rawPath, next);
    return;
  }
  const canonical = canonicalPath(rawPath);
  if (canonical !== rawPath) {
    // The URL parser reads "\" as "/": both are folded, so "//\evil.example" becomes "/evil.example",
    // never "/\evil.example" (which a browser follows to another site).
    const query = mark === -1 ? "" : req.url.slice(mark);
    res.status(301).set("Location", sameSiteLocation(`${canonical}${query}`)).end();
    return;
  }
  // A path ending in ".data" asks Remix's single fetch for a route's loader data: no page here
  // hydrates, so nothing reads it, and it is answered as the missing page it is.
  if (rawPath.endsWith(".data")) {
    answerAsMissingPage(req, rawPath, next);
    return;
  }
  next();
};

/**
 * Hands the request on as the localized 404 page: a language-looking first segment keeps the 404 in
 * that language; otherwise the root picks one from Accept-Language.
 * @param {import("express").Request} req
 * @param {string} rawPath
 * @param {import("express").NextFunction} next
 */
function answerAsMissingPage(req, rawPath, next) {
  const language = rawPath.split("/")[1] ?? "";
  req.url = `/${/^[a-z]{2,8}$/.test(language) ? language : "-"}/not-found`;
  req.originalUrl = req.url; // the Remix handler reads originalUrl
  next();
}

/**
 * With SITE_URL set, the site has one host: a request for any other (a Host or, from a trusted
 * proxy, an X-Forwarded-Host that is not SITE_URL's) is sent there with a 301 and never rendered,
 * so a flood of made-up host names costs no render and fills no cache. A request from this machine
 * to a loopback name (the export, the tests, a local health check) is answered as SITE_URL's host.
 * /healthz answers whatever the host, for load balancers that ask by address.
 * @param {string | null} siteUrl  SITE_URL's origin as app/env.server.ts parsed it; null (unset): every host is served
 * @returns {RequestHandler}
 */
export function onlySiteHost(siteUrl) {
  const site = siteUrl ? new URL(siteUrl) : undefined;
  if (!site) return (_req, _res, next) => next();
  return (req, res, next) => {
    // The common case at a glance: the site's host, as it spells it, and no proxy header.
    if ((req.headers.host === site.host && req.headers["x-forwarded-host"] === undefined) || req.path === "/healthz") return next();
    const host = new URL(requestOrigin(req)).host; // lower case, without the scheme's default port
    const local = isLoopbackHost(host) && isLoopbackHost(req.socket.remoteAddress) && req.headers["x-forwarded-host"] === undefined;
    if (host === site.host || local) {
      // One spelling of the host ("STODLINJER.example", ":443"…), so one key per page in the cache.
      req.headers.host = site.host;
      if (req.headers["x-forwarded-host"] !== undefined) req.headers["x-forwarded-host"] = site.host;
      return next();
    }
    // The target as sent, its few bytes that a header may not hold percent-encoded.
    const target = req.url.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
    res.status(301).set("Cache-Control", cachePolicy.noStore).set("Location", `${site.origin}${target}`).end();
  };
}

/** @param {string | string[] | undefined} value */
function validForwardedProto(value) {
  if (value === undefined) return true;
  return String(value)
    .split(",")
    .every((proto) => /^https?$/i.test(proto.trim()));
}

/**
 * Drops the query parameters the route does not read and sorts the rest (query-params.js), before
 * any cache or route sees the request: `/sv/?v=1` is `/sv/`.
 * @type {RequestHandler}
 */
export const canonicalQuery = (req, _res, next) => {
  if (req.url.includes("?")) {
    const canonical = canonicalTarget(req.url);
    if (canonical !== req.url) {
      req.url = canonical;
      req.originalUrl = canonical;
    }
  }
  next();
};

/**
 * A redirect target that stays on this site: a path that starts with one "/" not followed by "/" or
 * "\". Anything else (an absolute URL, "//host", "/\host", a control character) becomes "/".
 * @param {string} location
 */
export function sameSiteLocation(location) {
  return /^\/(?![/\\])/.test(location) && !/[\u0000-\u001f]/.test(location) ? location : "/";
}

/**
 * The last line of defence for every redirect, whoever makes it (Remix, static files, us): a
 * Location that would leave the site is replaced by "/".
 * @type {RequestHandler}
 */
export const guardRedirects = (_req, res, next) => {
  const setHeader = res.setHeader;
  res.setHeader = function guardedSetHeader(name, value) {
    if (typeof name === "string" && name.toLowerCase() === "location") {
      value = Array.isArray(value) ? value.map((item) => sameSiteLocation(String(item))) : sameSiteLocation(String(value));
    }
    return setHeader.call(this, name, value);
  };
  next();
};

/** @param {string} rawPath */
function isReadablePath(rawPath) {
  try {
    // Control characters (and the line and paragraph separators) match no route: a "." in a
    // route pattern does not match a line break, and a name with one is never a page of ours.
    return !/[\u0000-\u001f\u007f\u2028\u2029]/.test(decodeURIComponent(rawPath));
  } catch {
    return false;
  }
}

/**
 * The last resort: an error that carries a 4xx status (an unsatisfiable Range, say) is answered
 * with it; anything else becomes a plain 500. Never a stack trace; the log line names the error,
 * not the request.
 * @type {ErrorRequestHandler}
 */
export const plainErrors = (error, _req, res, _next) => {
  const status = Number(error?.status ?? error?.statusCode);
  const clientError = status >= 400 && status < 500;
  if (!clientError) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
    console.error(JSON.stringify({ level: "error", event: "request", message }));
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  plainAnswer(res, clientError ? status : 500, clientError ? "Request could not be answered" : "Internal Server Error");
};
