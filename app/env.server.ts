import { join } from "node:path";
import { z } from "zod";
import { sourceUrlProblem } from "~/directory/source-url";

/**
 * The environment, read in one place (README "Configuration"; the idea of Epic Stack's
 * env.server.ts): every variable the server and the app read is parsed here once, at start, by one
 * zod schema, and everything else reads the typed result. A bad value stops the start with a line
 * that names the variable and says what is wrong: a misconfigured public site is fixed at deploy
 * time, not discovered later in a wrong QR code, a missing HSTS header or an approval that
 * silently counts for nothing.
 *
 * The Node server (server.js) reads the same parsed object from the build
 * (`build.entry.module.env`, exported by entry.server.tsx), so the environment is parsed once per
 * process, by the same code, whichever side reads it.
 */

const DEFAULT_QUICK_EXIT_URL = "https://www.google.com/search?q=v%C3%A4der";

/** Unset and the empty string are the same: "not configured". */
const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const httpUrl = (what: string) =>
  optional.refine((value) => value === undefined || /^https?:$/.test(safeUrl(value)?.protocol ?? ""), {
    message: `not an http(s) URL (${what})`,
  });

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const flag = optional.refine((value) => value === undefined || value === "true" || value === "false", {
  message: 'must be "true" or "false"',
});

const number = (min: number, max: number, integer: boolean) =>
  optional.refine(
    (value) => {
      if (value === undefined) return true;
      const parsed = Number(value);
      return /^\d+(\.\d+)?$/.test(value) && (!integer || Number.isInteger(parsed)) && parsed >= min && parsed <= max;
    },
    { message: `must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}` },
  );

const schema = z.object({
  NODE_ENV: optional,
  PORT: number(1, 65_535, true),
  HOST: optional,
  HTTPS: flag,
  SITE_URL: httpUrl("the site's public address, e.g. https://stodlinjer.example"),
  QUICK_EXIT_URL: httpUrl("where the quick exit goes"),
  TRUST_PROXY: optional,
  RESPONSE_CACHE_ENTRIES: number(0, 1_000_000, true),
  RESPONSE_CACHE_MB: number(0, 65_536, false),
  DIRECTORY_SOURCE_URL: optional.superRefine((value, context) => {
    const problem = value === undefined ? null : sourceUrlProblem(value);
    if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem.replace(/^DIRECTORY_SOURCE_URL /, "") });
  }),
  DIRECTORY_REFRESH_MINUTES: number(1, 24 * 60, false),
  DIRECTORY_TIMEOUT_SECONDS: number(1, 60, false),
  DIRECTORY_APPROVALS: optional,
  DIRECTORY_REVIEWED_NUMBERS: optional,
  LOCALES_DIR: optional,
  SITE_PUBLISHER_NAME: optional.refine((value) => value === undefined || (value.length <= 120 && !/[<>\u0000-\u001f]/.test(value)), {
    message: "at most 120 characters, without < > or control characters",
  }),
  SITE_PUBLISHER_URL: httpUrl("the publisher's web address"),
  FEEDBACK_EMAIL: optional.refine((value) => value === undefined || (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) && value.length <= 254), {
    message: "not an e-mail address",
  }),
  STATIC_MIRROR: flag,
});

type Raw = z.infer<typeof schema>;

/** What the environment says, typed and with its defaults; each field names its variable. */
function settle(raw: Raw) {
  return {
    /** NODE_ENV === "production". */
    production: raw.NODE_ENV === "production",
    /** NODE_ENV as Remix's mode: "development" and "test" as they are, anything else production (no stack traces). */
    mode: raw.NODE_ENV === "development" || raw.NODE_ENV === "test" ? raw.NODE_ENV : "production",
    /** PORT: where the server listens. */
    port: Number(raw.PORT ?? 3000),
    /** HOST: the address it listens on. */
    host: raw.HOST ?? "0.0.0.0",
    /** HTTPS: readers reach us over HTTPS (directly or behind a proxy): HSTS and upgrade-insecure-requests. */
    https: raw.HTTPS === "true",
    /** SITE_URL: the public origin for absolute links (JSON-LD, hreflang, sitemap, QR codes), or null: the request's. */
    siteUrl: raw.SITE_URL ? new URL(raw.SITE_URL).origin : null,
    /** QUICK_EXIT_URL: where "Leave this page quickly" goes, a neutral page whose address says nothing about us. */
    quickExitUrl: raw.QUICK_EXIT_URL ? new URL(raw.QUICK_EXIT_URL).toString() : DEFAULT_QUICK_EXIT_URL,
    /** TRUST_PROXY, as written (server/origin.js reads it as Express's "trust proxy" setting). */
    trustProxy: raw.TRUST_PROXY,
    /** RESPONSE_CACHE_ENTRIES and RESPONSE_CACHE_MB: the response cache's bounds (0 switches it off). */
    responseCache: {
      maxEntries: Number(raw.RESPONSE_CACHE_ENTRIES ?? 2000),
      maxBytes: Math.round(Number(raw.RESPONSE_CACHE_MB ?? 64) * 1024 * 1024),
    },
    /** DIRECTORY_SOURCE_URL, DIRECTORY_REFRESH_MINUTES, DIRECTORY_TIMEOUT_SECONDS: the remote HSDS source, or url null. */
    directorySource: {
      url: raw.DIRECTORY_SOURCE_URL ?? null,
      refreshMs: Number(raw.DIRECTORY_REFRESH_MINUTES ?? 10) * 60_000,
      timeoutMs: Number(raw.DIRECTORY_TIMEOUT_SECONDS ?? 5) * 1000,
    },
    /** DIRECTORY_APPROVALS: the file of approved changes from the directory source, or null. */
    directoryApprovals: raw.DIRECTORY_APPROVALS ?? null,
    /** LOCALES_DIR: where the translations are read from. */
    localesDir: raw.LOCALES_DIR ?? join(process.cwd(), "locales"),
    /** SITE_PUBLISHER_NAME (and SITE_PUBLISHER_URL): who publishes the site, or null: the site says it is independent. */
    publisher: raw.SITE_PUBLISHER_NAME
      ? { name: raw.SITE_PUBLISHER_NAME, url: raw.SITE_PUBLISHER_URL ? new URL(raw.SITE_PUBLISHER_URL).toString() : null }
      : null,
    /** FEEDBACK_EMAIL: where the accessibility statement sends feedback, or null. */
    feedbackEmail: raw.FEEDBACK_EMAIL ?? null,
    /**
     * STATIC_MIRROR: rendering the static mirror (`npm run export` sets it): nothing on a page may
     * need the server, so the GET forms give way to the links and lists they fall back to.
     */
    staticMirror: raw.STATIC_MIRROR === "true",
  };
}

export type Env = Readonly<ReturnType<typeof settle>>;

/** A bad environment: `message` names every variable that is wrong, one per line. */
export class EnvError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The environment has ${problems.length === 1 ? "a bad value" : "bad values"}:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * Parses an environment (process.env, or the one a command or test hands in). Throws EnvError
 * naming each bad variable (never its value: a URL may carry a secret); returns the settings and
 * the warnings to print once (a variable no longer read, SITE_URL missing in production).
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): { env: Env; warnings: string[] } {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const env = Object.freeze(settle(result.data));
  const warnings: string[] = [];
  if (result.data.DIRECTORY_REVIEWED_NUMBERS) {
    warnings.push("DIRECTORY_REVIEWED_NUMBERS is no longer read: approve changes with `npm run directory -- approve` (DIRECTORY_APPROVALS)");
  }
  if (env.production && !env.siteUrl) {
    warnings.push("SITE_URL is not set: QR codes, JSON-LD, robots.txt and sitemap.xml name the Host each request came with");
  }
  return { env, warnings };
}

function parseProcessEnv(): Env {
  try {
    const { env, warnings } = parseEnv(process.env);
    for (const message of warnings) console.error(JSON.stringify({ level: "warn", event: "config", message }));
    return env;
  } catch (error) {
    if (error instanceof EnvError) {
      for (const problem of error.problems) console.error(JSON.stringify({ level: "error", event: "config", message: problem }));
    }
    throw error;
  }
}

/** This process's environment, parsed once when the module is first loaded. */
export const env: Env = parseProcessEnv();

/** The site's public origin: SITE_URL when set, otherwise the origin this request came to. */
export function publicOrigin(request: Request): string {
  return env.siteUrl ?? new URL(request.url).origin;
}
