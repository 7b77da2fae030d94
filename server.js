// The production server: Express in front of the Remix build. It owns what Remix does not:
// security headers on every response, compression, static files, request logs without any
// personal data, and a clean shutdown.
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
app.disable("etag"); // static files below send their own ETags

// Log method, status and duration only: never the URL, query, IP address or User-Agent.
app.use((req, res, next) => {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(JSON.stringify({ method: req.method, status: res.statusCode, ms: Math.round(ms * 10) / 10 }));
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
    decodeURIComponent(req.path);
    if (req.path.includes("\0")) throw new URIError("null byte");
    next();
  } catch {
    res.status(400).type("text/plain").send("Bad Request");
  }
});

app.use(compression());

// Fingerprinted build assets never change; everything else in public/ may.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", etag: true }));
app.use("/locales", express.static("locales", { maxAge: "1h", etag: true }));
app.use(express.static("public", { maxAge: "1h", etag: true, index: false, redirect: false }));

app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  console.log(JSON.stringify({ event: "listening", url: `http://localhost:${port}` }));
});

/** @param {string} signal */
function shutdown(signal) {
  console.log(JSON.stringify({ event: "shutdown", signal }));
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
