// @ts-check
// Express middleware for the Node server (server.js): logging without personal data, headers,
// and the guards that turn odd or hostile requests into plain 4xx answers before Remix sees them.

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

/** The site only reads: anything but GET and HEAD is refused before it reaches a route. @type {RequestHandler} */
export const onlyReadMethods = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  res.set("Allow", "GET, HEAD").status(405).type("text/plain").send("Method Not Allowed");
};

const MAX_PORT = 65_535;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Requests we cannot read safely never reach a route as they are:
 * - a Host that is not a host name, or a request target that is not a path: plain 400;
 * - a path that cannot be decoded or holds a null byte: answered as a page that does not exist,
 *   so a person who follows a broken link gets the localized 404 page, not an error;
 * - runs of slashes: a redirect to the path with single slashes, which also keeps
 *   "//evil.example" from ever becoming a redirect to another site.
 * @type {RequestHandler}
 */
export const rejectMalformed = (req, res, next) => {
  const host = req.headers.host ?? "";
  const port = Number(host.match(/:(\d+)$/)?.[1] ?? 0);
  if (!HOST.test(host) || port > MAX_PORT || !req.url.startsWith("/")) {
    res.status(400).type("text/plain").send("Bad Request");
    return;
  }
  const [rawPath = "/", ...query] = req.url.split("?");
  // "?_data=" asks Remix for a route's data in the old (pre single fetch) way: nothing here uses it.
  if ("_data" in req.query) {
    res.status(400).type("text/plain").send("Bad Request");
    return;
  }
  if (!isReadablePath(rawPath)) {
    const language = rawPath.split("/")[1] ?? "";
    // A language-looking first segment keeps the 404 in that language; otherwise the root
    // picks one from Accept-Language.
    req.url = `/${/^[a-z]{2}$/.test(language) ? language : "-"}/not-found`;
    req.originalUrl = req.url; // the Remix adapter reads originalUrl
    next();
    return;
  }
  if (rawPath.includes("//")) {
    const folded = rawPath.replace(/\/{2,}/g, "/");
    res.status(301).set("Location", query.length ? `${folded}?${query.join("?")}` : folded).end();
    return;
  }
  next();
};

/** @param {string} rawPath */
function isReadablePath(rawPath) {
  try {
    return !decodeURIComponent(rawPath).includes("\0");
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
  res
    .status(clientError ? status : 500)
    .type("text/plain")
    .send(clientError ? "Request could not be answered" : "Internal Server Error");
};
