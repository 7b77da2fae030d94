// The production server: Express in front of the Remix build. It owns what Remix does not:
// security headers on every response, compression, static files, request logs without any
// personal data, a health check and a clean shutdown.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { securityHeaders } from "./app/utils/security-headers.js";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const https = process.env.HTTPS === "true";
const headers = securityHeaders({ https });

// A path in a variable, so the type checker does not descend into the generated build.
const buildPath = "./build/index.js";
/** @type {import("@remix-run/node").ServerBuild} */
const build = await import(buildPath);

const app = express();
app.disable("x-powered-by");
app.disable("etag"); // static files send their own ETags; pages get theirs in entry.server.tsx
app.set("trust proxy", false);

// One line per request: method, route pattern, status and duration. Never the URL, the query,
// the IP address or the User-Agent: a visitor's safety can depend on leaving no trace.
app.use((req, res, next) => {
  const started = process.hrtime.bigint();
  /** @type {{ route: string, setRoute(pattern: string): void }} */
  const log = {
    route: "-",
    setRoute(pattern) {
      this.route = pattern;
    },
  };
  res.locals.log = log;
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const line = { method: req.method, route: log.route, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
    console.log(JSON.stringify(line));
  });
  next();
});

app.use((_req, res, next) => {
  res.set(headers);
  next();
});

// The site only reads: anything but GET and HEAD is refused before it reaches a route.
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  res.set("Allow", "GET, HEAD").status(405).type("text/plain").send("Method Not Allowed");
});

// A path that cannot be decoded is the visitor's mistake (400), never a crash (500).
app.use((req, res, next) => {
  try {
    const path = decodeURIComponent(req.path);
    if (path.includes("\0")) throw new URIError("null byte");
    next();
  } catch {
    res.status(400).type("text/plain").send("Bad Request");
  }
});

app.get("/healthz", (_req, res) => {
  res.locals.log.setRoute("/healthz");
  res.set("Cache-Control", "no-store").type("text/plain").send("ok");
});

app.use(compression());

/** @param {string} route */
function staticRoute(route) {
  /** @type {import("express").RequestHandler} */
  return (_req, res, next) => {
    res.locals.log.setRoute(route);
    next();
  };
}

// Fingerprinted build assets never change; everything else in public/ may.
const buildAssets = express.static("public/build", { immutable: true, maxAge: "1y", etag: true, index: false });
const locales = express.static("locales", { maxAge: "1h", etag: true, index: false });
const publicFiles = express.static("public", { maxAge: "1h", etag: true, index: false, redirect: false });
app.use("/build", staticRoute("/build/*"), buildAssets);
app.use("/locales", staticRoute("/locales/*"), locales);
app.use(staticRoute("static"), publicFiles);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ log: res.locals.log }),
  }),
);

const server = app.listen(port, host, () => {
  console.log(JSON.stringify({ event: "listening", url: `http://localhost:${port}` }));
});

/** @param {string} signal */
function shutdown(signal) {
  console.log(JSON.stringify({ event: "shutdown", signal }));
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
