import { isIP } from "node:net";
import { join } from "node:path";
import { z } from "zod";
import { sourceUrlProblem } from "~/directory/directory-store.server";

/**
 * Every environment variable the server reads, in one zod schema, parsed once when the server starts
 * (Epic Stack's env.server.ts). A bad value stops the start with a line that names the variable and
 * what it must be (never its value); nothing falls back silently. The rest of the code reads the typed
 * `env` below, never `process.env`: the app through `~/env.server`, server.js through the build
 * (entry.server.tsx re-exports `env`, so the variables are parsed once, in one place).
 *
 * To add a variable: one entry in `schema` (with its default and its rule) and a row in README
 * "Configuration"; tests/unit/env.test.ts shows the pattern for its good and bad values.
 */

/** Unset and empty are the same: not set. */
const isUnset = (value: string | undefined): value is undefined => value === undefined || value.trim() === "";

/** "true" or "false" (or unset: false). */
const flag = z.string().optional().transform((value, ctx) => {
  if (isUnset(value)) return false;
  if (value === "true" || value === "false") return value === "true";
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be "true" or "false"' });
  return z.NEVER;
});

/** A whole number within bounds, or the default when unset. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.string().optional().transform((value, ctx) => {
    if (isUnset(value)) return fallback;
    const number = Number(value.trim());
    if (/^\d+$/.test(value.trim()) && number >= min && number <= max) return number;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a whole number from ${min} to ${max}` });
    return z.NEVER;
  });

/** An http(s) URL, or null when unset. */
const httpUrl = z.string().optional().transform((value, ctx) => {
  if (isUnset(value)) return null;
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if (url && (url.protocol === "https:" || url.protocol === "http:")) return url;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be an http or https URL" });
  return z.NEVER;
});

/** Text shown on pages: trimmed, short, without markup or control characters; null when unset. */
const shortText = (max: number) =>
  z.string().optional().transform((value, ctx) => {
    if (isUnset(value)) return null;
    const text = value.trim();
    if (text.length <= max && !/[<>\u0000-\u001f\u007f]/.test(text)) return text;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be at most ${max} characters, without < > or control characters` });
    return z.NEVER;
  });

const TRUST_PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** One TRUST_PROXY entry as Express (proxy-addr) reads it: a name, an address, or address/prefix or /netmask. */
function isTrustedProxyEntry(entry: string): boolean {
  if (TRUST_PROXY_NAMES.has(entry)) return true;
  const [address = "", range, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

const schema = z
  .object({
    NODE_ENV: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (isUnset(value)) return "development" as const;
        if (value === "development" || value === "production" || value === "test") return value;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be production, development or test" });
        return z.NEVER;
      }),
    /** Port to listen on. */
    PORT: wholeNumber(1, 65_535, 3000),
    /** Address to listen on. */
    HOST: z.string().optional().transform((value, ctx) => {
      if (isUnset(value)) return "0.0.0.0";
      if (/^[A-Za-z0-9.:[\]-]+$/.test(value.trim())) return value.trim();
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be a host name or an IP address" });
      return z.NEVER;
    }),
    /** Served over HTTPS (directly or behind a proxy): adds HSTS and upgrade-insecure-requests. */
    HTTPS: flag,
    /** The public origin for absolute links (JSON-LD, hreflang, QR codes, sitemap); null: the request's own. */
    SITE_URL: httpUrl.transform((url, ctx) => {
      if (url === null) return null;
      if (url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password) return url.origin;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be an origin such as https://stodlinjer.example (no path, query or user)" });
      return z.NEVER;
    }),
    /**
     * Which peers may speak for the client with X-Forwarded-Host/-Proto (Express's "trust proxy"):
     * unset/false/0 none, true every peer, a number of hops, or a list of names, addresses and subnets.
     * Kept as text: server/origin.js (trustProxySetting) turns it into Express's setting.
     */
    TRUST_PROXY: z.string().optional().transform((value, ctx) => {
      if (isUnset(value)) return "";
      const text = value.trim();
      if (text === "true" || text === "false" || /^\d+$/.test(text)) return text;
      if (text.split(",").every((entry) => isTrustedProxyEntry(entry.trim()))) return text;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: "must be true, false, a hop count, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets",
      });
      return z.NEVER;
    }),
    /** Where "Leave this page quickly" goes: a neutral page whose address says nothing about us. */
    QUICK_EXIT_URL: httpUrl.transform((url) => url?.toString() ?? "https://www.google.com/search?q=v%C3%A4der"),
    /** Where the accessibility statement sends feedback (the DOS law asks for a route); null: none. */
    FEEDBACK_EMAIL: z.string().optional().transform((value, ctx) => {
      if (isUnset(value)) return null;
      const text = value.trim();
      if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text) && text.length <= 254) return text;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "must be an e-mail address" });
      return z.NEVER;
    }),
    /** Who publishes the site (footer, about page, JSON-LD publisher, printed material); null: independent. */
    SITE_PUBLISHER_NAME: shortText(120),
    /** The publisher's web address, linked from its name. */
    SITE_PUBLISHER_URL: httpUrl.transform((url) => url?.toString() ?? null),
    /** Rendered pages the response cache keeps (server/response-cache.js); 0 switches it off. */
    RESPONSE_CACHE_ENTRIES: wholeNumber(0, 1_000_000, 2000),
    /** Megabytes the response cache may hold (brotli + gzip forms of each page). */
    RESPONSE_CACHE_MB: wholeNumber(0, 4096, 64),
    /** An HSDS 3.0 services endpoint (https; http only for localhost); null: the embedded data only. */
    DIRECTORY_SOURCE_URL: z.string().optional().transform((value, ctx) => {
      if (isUnset(value)) return null;
      const problem = sourceUrlProblem(value.trim());
      if (problem === null) return value.trim();
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem.replace(/^DIRECTORY_SOURCE_URL\s*/, "") });
      return z.NEVER;
    }),
    /** How often the source is read again. */
    DIRECTORY_REFRESH_MINUTES: wholeNumber(1, 24 * 60, 10),
    /** How long one request to the source may take before it counts as failed. */
    DIRECTORY_TIMEOUT_SECONDS: wholeNumber(1, 60, 5),
    /** The file of approved changes from the directory source (`npm run directory -- approve`), or null. */
    DIRECTORY_APPROVALS: z.string().optional().transform((value) => (isUnset(value) ? null : value.trim())),
    /** Retired: read only to say so at start (a change it approved is held again, the safe side). */
    DIRECTORY_REVIEWED_NUMBERS: z.string().optional().transform((value) => !isUnset(value)),
    /** Where the translations are read from at start. */
    LOCALES_DIR: z.string().optional().transform((value) => (isUnset(value) ? join(process.cwd(), "locales") : value.trim())),
    /**
     * Rendering the static mirror (`npm run export` sets it): nothing on a page may need the server,
     * so the GET forms give way to the links and lists they fall back to.
     */
    STATIC_MIRROR: flag,
  })
  .superRefine((values, ctx) => {
    if (values.SITE_PUBLISHER_URL !== null && values.SITE_PUBLISHER_NAME === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["SITE_PUBLISHER_URL"], message: "is set without SITE_PUBLISHER_NAME" });
    }
  });

export type Env = Readonly<z.output<typeof schema>>;
/** The variables the schema reads, e.g. for a test that sets all of them. */
export const envVariables = Object.keys(schema.innerType().shape) as (keyof Env)[];

export type EnvResult = { ok: true; env: Env; warnings: string[] } | { ok: false; problems: string[] };

/**
 * Parses an environment (process.env at start). Problems name the variable and the rule, never the
 * value (a value may be anything, and these lines reach logs).
 */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  // Only our variables, by own property: nothing else of the environment reaches the schema.
  const picked = Object.fromEntries(envVariables.map((name) => [name, Object.hasOwn(source, name) ? source[name] : undefined]));
  const result = schema.safeParse(picked);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`) };
  }
  const env = Object.freeze(result.data);
  const warnings: string[] = [];
  if (env.NODE_ENV === "production" && env.SITE_URL === null) {
    warnings.push("SITE_URL is not set: QR codes, JSON-LD, robots.txt and sitemap.xml name the Host each request came with");
  }
  if (env.DIRECTORY_REVIEWED_NUMBERS) {
    warnings.push("DIRECTORY_REVIEWED_NUMBERS is no longer read: approve changes with `npm run directory -- approve` (DIRECTORY_APPROVALS)");
  }
  return { ok: true, env, warnings };
}

/** A configuration the server must not start with; its lines were logged already. */
export class EnvError extends Error {
  override name = "EnvError";
}

function loadEnv(): Env {
  const result = parseEnv(process.env);
  const line = (level: "warn" | "error", message: string) => console.error(JSON.stringify({ level, event: "config", message }));
  if (!result.ok) {
    for (const problem of result.problems) line("error", problem);
    throw new EnvError(`invalid configuration: ${result.problems.join("; ")}`);
  }
  for (const warning of result.warnings) line("warn", warning);
  return result.env;
}

/** The configuration, parsed once when the server starts. */
export const env: Env = loadEnv();

/** Who publishes the site, or null: then the site says it is an independent directory. */
export const publisher: { name: string; url: string | null } | null = env.SITE_PUBLISHER_NAME
  ? { name: env.SITE_PUBLISHER_NAME, url: env.SITE_PUBLISHER_URL }
  : null;

/** The site's public origin: SITE_URL when set, otherwise the origin this request came to. */
export function publicOrigin(request: Request): string {
  return env.SITE_URL ?? new URL(request.url).origin;
}
