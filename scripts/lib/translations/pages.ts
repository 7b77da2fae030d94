import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { audienceIds, type AudienceId } from "~/data/audiences";
import { campaignIds, printables } from "~/data/printables";
import { embeddedServices } from "~/data/services";
import { namespaces, type Namespace } from "~/i18n";
import { lawValues } from "~/utils/law-values";
import { splitKey } from "~/utils/translation-state.server";

/**
 * Where each string appears, read from the code rather than kept by hand: every route module in
 * app/routes/ and everything it imports (components, utils, data) is scanned for the namespaces
 * it uses (useTranslation("ns"), fixedT(language, "ns"), pageTitle(language, "ns", …), ns="ns",
 * contentPageLoader("ns")) and the keys it names ("ns:key", `ns:${…}.key`). app/root.tsx and its
 * imports are on every page. A key that names a route parameter's value (an audience id in
 * journeys.json, a service id in services.json, a printable id in print.json) belongs to that
 * instance of the route: journeys:under-18.* to /help/under-18.
 *
 * Used for the translators' notes in the export and the order of the review sheet. The note on a
 * page does not guess: the server records the keys each page actually renders
 * (app/utils/translation-status.server.ts).
 */

const appDir = join(process.cwd(), "app");

export interface PageRef {
  /** "/help/under-18", "/law", or "*" for strings on every page (header, footer, safety bar). */
  path: string;
  audience: AudienceId | "everyone";
}

interface Usage {
  whole: Set<Namespace>;
  /** Namespaces the route module itself uses (not only a component it imports): its own copy. */
  own: Set<Namespace>;
  patterns: RegExp[];
}

const isNamespace = (value: string): value is Namespace => (namespaces as readonly string[]).includes(value);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("~/") ? join(appDir, spec.slice(2)) : join(dirname(from), spec);
  if (base.endsWith(".css") || /\.css(\.ts)?$/.test(base)) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (/\.(tsx?|js)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function scanFile(file: string, usage: Usage) {
  const source = readFileSync(file, "utf8");
  const whole = [
    /useTranslation\(\s*["'](\w+)["']/g,
    /(?:fixedT|pageTitle)\([^,()]+,\s*["'](\w+)["']/g,
    /contentPageLoader\(\s*["'](\w+)["']/g,
    /\bns=\{?["'](\w+)["']/g,
  ];
  for (const pattern of whole) for (const match of source.matchAll(pattern)) if (isNamespace(match[1]!)) usage.whole.add(match[1]);
  if (/useTranslation\(\s*\)/.test(source)) usage.whole.add("common");
  // "ns:key" and `ns:${x}.key`: a key named in full (or with parts filled in at run time).
  for (const match of source.matchAll(/["'`](\w+):((?:[\w.-]|\$\{[^}]*\})+)["'`]/g)) {
    if (!isNamespace(match[1]!)) continue;
    const pattern = match[2]!
      .split(/\$\{[^}]*\}/)
      .map(escapeRegExp)
      .join("[^:]+?");
    usage.patterns.push(new RegExp(`^${match[1]}:${pattern}(\\.|$)`));
  }
}

function scanModule(entry: string): Usage {
  const usage: Usage = { whole: new Set(), own: new Set(), patterns: [] };
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    scanFile(file, usage);
    if (file === entry) usage.own = new Set(usage.whole);
    for (const match of readFileSync(file, "utf8").matchAll(/from\s+["']((?:~\/|\.\.?\/)[^"']+)["']/g)) {
      const next = resolveImport(file, match[1]!);
      if (next && !next.endsWith(".server.ts") && !next.includes("/routes/")) queue.push(next);
    }
  }
  return usage;
}

/** "$lang.help.$audience.tsx" → "/help/:audience"; the 404 route and resource routes are no pages. */
function routePath(file: string): string | null {
  if (!file.startsWith("$lang.") || !file.endsWith(".tsx") || file === "$lang.$.tsx") return null;
  const segments = file
    .slice("$lang.".length, -".tsx".length)
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => (segment.startsWith("$") ? `:${segment.slice(1)}` : segment));
  return `/${segments.join("/")}`;
}

/** The values a route parameter takes, from the data the route reads. */
const parameterValues: Record<string, readonly string[]> = {
  audience: audienceIds,
  slug: embeddedServices.map((service) => service.id),
  printable: printables.map((item) => item.id),
  campaign: campaignIds,
};

function audienceOf(path: string): AudienceId | "everyone" {
  const [, first, second] = path.split("/");
  if (first === "help" && (audienceIds as readonly string[]).includes(second ?? "")) return second as AudienceId;
  if (first === "print") return printables.find((item) => item.id === second)?.audience ?? "everyone";
  if (first === "campaigns" && second) return "buying";
  if (first === "services" && second) {
    const service = embeddedServices.find((item) => item.id === second);
    if (service && service.audiences.length === 1) return service.audiences[0]!;
  }
  return "everyone";
}

interface Route {
  path: string;
  usage: Usage;
}

let cachedRoutes: { root: Usage; routes: Route[] } | undefined;

function routes() {
  if (cachedRoutes) return cachedRoutes;
  const routesDir = join(appDir, "routes");
  const list = readdirSync(routesDir)
    .map((file) => ({ path: routePath(file), file: join(routesDir, file) }))
    .filter((item): item is { path: string; file: string } => item.path !== null)
    .map(({ path, file }) => ({ path, usage: scanModule(file) }));
  // Site order: home, the journeys, then by path.
  list.sort((a, b) => (a.path === "/" ? -1 : b.path === "/" ? 1 : a.path.startsWith("/help") === b.path.startsWith("/help") ? a.path.localeCompare(b.path) : a.path.startsWith("/help") ? -1 : 1));
  cachedRoutes = { root: scanModule(join(appDir, "root.tsx")), routes: list };
  return cachedRoutes;
}

const uses = (usage: Usage, id: string) => usage.whole.has(splitKey(id).ns) || usage.patterns.some((pattern) => pattern.test(id));

/** The pages a key appears on, most specific first ("*": every page). */
export function pagesOf(id: string): PageRef[] {
  const { root, routes: list } = routes();
  const segments = splitKey(id).key.split(".");
  const specific: PageRef[] = [];
  const general: PageRef[] = [];
  const borrowed: PageRef[] = [];
  // On every page (header, footer, safety bar, the note): one row, not one per route.
  if (uses(root, id)) return [{ path: "*", audience: "everyone" }];
  for (const route of list) {
    if (!uses(route.usage, id)) continue;
    const parameter = /:(\w+)/.exec(route.path)?.[1];
    const value = parameter ? parameterValues[parameter]?.find((candidate) => segments.includes(candidate)) : undefined;
    if (parameter && value) {
      const path = route.path.replace(`:${parameter}`, value);
      specific.push({ path, audience: audienceOf(path) });
    } else {
      const own = route.usage.own.has(splitKey(id).ns) || route.usage.patterns.some((pattern) => pattern.test(id));
      (own ? general : borrowed).push({ path: route.path, audience: audienceOf(route.path) });
    }
  }
  const found = [...specific, ...general, ...borrowed];
  // A key the scan cannot place (a key built from data in a way it does not follow) still gets a row.
  return found.length ? found : [{ path: "?", audience: "everyone" }];
}

/** The audience a key speaks to: its page's, or an audience id it names. */
export function audienceOfKey(id: string): AudienceId | "everyone" {
  const fromPage = pagesOf(id)[0]!.audience;
  if (fromPage !== "everyone") return fromPage;
  const named = splitKey(id).key.split(".").find((segment) => (audienceIds as readonly string[]).includes(segment));
  return (named as AudienceId | undefined) ?? "everyone";
}

const lawPlaceholders = new Set(Object.keys(lawValues("sv")));

/**
 * Why a string is safety-critical, or []: a wrong word there can put someone at risk. The quick
 * exit, 112 and other emergency numbers, anything for children and young people under 18, any
 * claim about anonymity, and any statement of the law (the law and anonymity pages, and every
 * string that carries a figure of the law).
 */
export function safetyReasons(id: string, swedish: string): string[] {
  const { ns, key } = splitKey(id);
  const reasons: string[] = [];
  if (ns === "common" && key.startsWith("quickExit")) reasons.push("quick exit");
  if (/\b112\b/.test(swedish) || key.startsWith("emergency") || key.includes("emergency-112")) reasons.push("112");
  if (key.split(".").includes("under-18") || /^printables\.young-/.test(key) || audienceOfKey(id) === "under-18") reasons.push("under 18");
  if (ns === "anonymity" || /anonym/i.test(swedish)) reasons.push("anonymity");
  const usesLaw = [...swedish.matchAll(/{{\s*(\w+)\s*}}/g)].some((m) => lawPlaceholders.has(m[1]!));
  if (ns === "law" || usesLaw || /(^|[^\p{L}])(brott|lagen|straff|olaglig)/iu.test(swedish)) reasons.push("law");
  return reasons;
}

/** For messages: a path relative to the repository. */
export const fromRoot = (file: string) => relative(process.cwd(), file);
