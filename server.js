// The production server: Express in front of the Remix build. It owns what Remix does not:
// security headers on every response (Node's own error answers included), the response cache
// in front of the router, compression, static files, request logs without any personal data,
// guards against malformed requests, a health check and a clean shutdown.
import { createServer, STATUS_CODES } from "node:http";
import compression from "compression";
import express from "express";
import { cachePolicy } from "./app/utils/cache-policy.js";
import { securityHeaders } from "./app/utils/security-headers.js";
import {
  canonicalQuery,
  guardRedirects,
  nameRoute,
  onlyReadMethods,
  onlySiteHost,
  plainErrors,
  rejectMalformed,
  requestLog,
  setHeaders,
} from "./server/middleware.js";
import { requestOrigin, trustProxySetting } from "./server/origin.js";
import { remixHandler } from "./server/remix-handler.js";
import { ResponseCache, answerBeforeExpress, serveFromCache } from "./server/response-cache.js";

/** Slow or endless request heads are cut off after seconds, not Node's default minute. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

// A path in a variable, so the type checker does not descend into the generated build.
const buildPath = "./build/index.js";
/** @type {import("@remix-run/node").ServerBuild} */
let build;
try {
  build = await import(buildPath);
} catch (error) {
  // A bad environment was named line by line by app/env.server.ts as the build loaded: no stack trace.
  if (error instanceof Error && error.name === "EnvError") process.exit(1);
  throw error;
}
// entry.server.tsx exports the parsed environment (app/env.server.ts: one parse per process, the
// app's and ours) and the directory's data version (the cache key changes with the data).
const { env, directoryVersion } = /** @type {{ env?: import("./app/env.server").Env, directoryVersion?: () => number }} */ (
  build.entry.module
);
if (typeof directoryVersion !== "function" || !env) throw new Error("the build's entry.server does not export env and directoryVersion");

const headers = securityHeaders({ https: env.https });
const cache = new ResponseCache({ ...env.responseCache, headers });
// The request log's line, written straight to stdout (what console.log does, without its formatting).
const logRequest = requestLog((line) => process.stdout.write(`${line}\n`));

const app = express();
app.disable("x-powered-by");
app.disable("etag"); // static files send their own ETags; pages get theirs in entry.server.tsx
// X-Forwarded-* are believed only from the proxies TRUST_PROXY names (see server/origin.js).
app.set("trust proxy", trustProxySetting(env.trustProxy));

app.use(logRequest);
app.use(setHeaders(headers));
app.use(onlyReadMethods);
app.use(rejectMalformed);
app.use(canonicalQuery);
app.use(onlySiteHost(env.siteUrl));
// Rendered pages the guards rewrote to a stored key (`/sv/?v=1` is `/sv/`), answered before
// compression, static files and the router. A request that already is a stored key is answered
// before Express itself (answerBeforeExpress, below).
app.use(serveFromCache(cache, { version: directoryVersion, origin: requestOrigin }));
app.use(guardRedirects);

app.get("/healthz", nameRoute("/healthz"), (_req, res) => {
  res.set("Cache-Control", cachePolicy.noStore).type("text/plain").send("ok");
});

app.use(compression());

// Fingerprinted build assets never change; everything else in public/ may. A missing build file
// is a plain 404, never an HTML page that a browser would refuse as a stylesheet.
/** @param {string} policy */
const staticOptions = (policy) => ({
  etag: true,
  index: false,
  redirect: false,
  cacheControl: false,
  setHeaders: (/** @type {import("express").Response} */ res) => res.setHeader("Cache-Control", policy),
});
app.use("/build", nameRoute("/build/*"), express.static("public/build", { ...staticOptions(cachePolicy.asset), fallthrough: false }));
app.use(nameRoute("static"), express.static("public", staticOptions(cachePolicy.file)));

// Remix names the route it matched (entry.server.tsx); data requests and the like stay "-".
app.all(
  "*",
  nameRoute("-"),
  remixHandler({
    build,
    mode: env.mode,
    cache,
    getLoadContext: (_req, res) => ({ log: res.locals.log }),
  }),
);
app.use(plainErrors);

const answerCached = answerBeforeExpress(cache, { version: directoryVersion, log: logRequest });

const server = createServer(
  {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // How often Node looks for connections past those timeouts (default 30 s).
    connectionsCheckingInterval: 1_000,
    // An HTTP/1.1 request without Host is still refused (400), by rejectMalformed: with the security
    // headers, which Node's own answer to it lacks.
    requireHostHeader: false,
  },
  (req, res) => {
    // A page already stored under exactly this request's target and Host: answered from memory with
    // the headers written when it was stored, no Express (see answerBeforeExpress for why every
    // guard still holds). Anything else goes through the whole chain.
    if (!answerCached(req, res)) app(req, res);
  },
);

/**
 * Answers Node makes itself, before Express sees a request (431 headers too large, 400 a request
 * it cannot parse, 408 a head that took too long), carry the same security headers as the rest.
 * Nothing about the request is logged.
 */
server.on("clientError", (error, socket) => {
  /** @type {string | undefined} */
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = code === "HPE_HEADER_OVERFLOW" ? 431 : code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const body = STATUS_CODES[status] ?? "Bad Request";
  const lines = [
    `HTTP/1.1 ${status} ${body}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    `Cache-Control: ${cachePolicy.noStore}`,
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`);
});

server.listen(env.port, env.host, () => {
  console.log(JSON.stringify({ event: "listening", url: `http://localhost:${env.port}` }));
});

/** @param {string} signal */
function shutdown(signal) {
  // The response cache's size at the end: entries and bytes (no keys, nothing about any request).
  console.log(JSON.stringify({ event: "shutdown", signal, responseCache: { entries: cache.size, bytes: cache.bytes } }));
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
