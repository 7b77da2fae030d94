// The production server: Express in front of the Remix build. It owns what Remix does not:
// security headers on every response, compression, static files, request logs without any
// personal data, guards against malformed requests, a health check and a clean shutdown.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { securityHeaders } from "./app/utils/security-headers.js";
import {
  nameRoute,
  onlyReadMethods,
  plainErrors,
  rejectMalformed,
  requestLog,
  setHeaders,
} from "./server/middleware.js";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const https = process.env.HTTPS === "true";

// A path in a variable, so the type checker does not descend into the generated build.
const buildPath = "./build/index.js";
/** @type {import("@remix-run/node").ServerBuild} */
const build = await import(buildPath);

const app = express();
app.disable("x-powered-by");
app.disable("etag"); // static files send their own ETags; pages get theirs in entry.server.tsx
app.set("trust proxy", false);

app.use(requestLog());
app.use(setHeaders(securityHeaders({ https })));
app.use(onlyReadMethods);
app.use(rejectMalformed);

app.get("/healthz", nameRoute("/healthz"), (_req, res) => {
  res.set("Cache-Control", "no-store").type("text/plain").send("ok");
});

app.use(compression());

// Fingerprinted build assets never change; everything else in public/ may. A missing build file
// is a plain 404, never an HTML page that a browser would refuse as a stylesheet.
const staticOptions = { etag: true, index: false, redirect: false };
app.use("/build", nameRoute("/build/*"), express.static("public/build", { ...staticOptions, immutable: true, maxAge: "1y", fallthrough: false }));
app.use("/locales", nameRoute("/locales/*"), express.static("locales", { ...staticOptions, maxAge: "1h" }));
app.use(nameRoute("static"), express.static("public", { ...staticOptions, maxAge: "1h" }));

// Remix names the route it matched (entry.server.tsx); data requests and the like stay "-".
app.all(
  "*",
  nameRoute("-"),
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ log: res.locals.log }),
  }),
);
app.use(plainErrors);

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
