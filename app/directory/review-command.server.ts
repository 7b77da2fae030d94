import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { addApproval, readApprovals } from "./approvals.server";
import { DirectoryStore, type DirectoryLogEntry } from "./directory-store.server";
import { fromHsdsService, hsdsSlugOf } from "./hsds.server";
import { fieldInWords, valueInWords, type HeldChange } from "./review.server";
import { hasOwnText } from "./translation-keys";
import { embeddedServices } from "~/data/services";
import { EnvError, parseEnv, type Env } from "~/env.server";
import { defaultLanguage } from "~/i18n";
import { i18nFor } from "~/i18next.server";

/**
 * The operator's command for the directory source (`npm run directory -- <verb>`, run through
 * scripts/directory.js):
 *   review          reads the source once, with the server's checks, and prints every held change
 *                   side by side in plain words; exits 1 when any is held, 0 when none, 2 when the
 *                   source could not be read or the command was used wrongly.
 *   approve <id>    reads the source again, finds the held change with that id and adds it to the
 *                   approvals file (DIRECTORY_APPROVALS), with who (--by, else the login name) and
 *                   when; the server takes it at its next refresh.
 * It reads DIRECTORY_SOURCE_URL, DIRECTORY_APPROVALS and DIRECTORY_TIMEOUT_SECONDS like the server.
 */

export interface CommandIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  now?: () => Date;
  fetch?: typeof fetch;
}

const USAGE = [
  "usage: npm run directory -- review",
  '       npm run directory -- approve <id> [--by "your name"]',
  "",
  "Reads DIRECTORY_SOURCE_URL once with the server's checks. `review` prints every change held for",
  "review and exits 1 when there is one; `approve` records one change in DIRECTORY_APPROVALS.",
];

const COLUMN = 38;

function servicesText(): unknown {
  return i18nFor(defaultLanguage).getResourceBundle(defaultLanguage, "services");
}

function textOf(key: string): string | undefined {
  let node: unknown = servicesText();
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** "+46850825740" → "08-508 257 40"; a short number stays as it is. */
function writtenNumber(dial: string): string {
  const parsed = dial.startsWith("+") ? parsePhoneNumberFromString(dial) : undefined;
  return parsed ? parsed.formatNational() : dial;
}

/** The source's address without its query (which may carry a key). */
function shownUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

function pad(text: string): string {
  return text.length >= COLUMN ? `${text.slice(0, COLUMN - 2)}… ` : text.padEnd(COLUMN);
}

/** One held change: a heading, then the reviewed value and the source's value side by side. */
export function describeHeld(change: HeldChange, index: number): string[] {
  const name = textOf(`${change.id}.name`) ?? change.id;
  const left = valueInWords(change.field, change.old, writtenNumber, textOf);
  const right = valueInWords(change.field, change.new, writtenNumber, textOf);
  const lines = [
    `${index}. ${name} (${change.id}): ${fieldInWords(change.field)}`,
    `   id: ${change.approve}`,
    `   ${pad("on the site now (reviewed)")}the source says`,
  ];
  for (let row = 0; row < Math.max(left.length, right.length); row += 1) {
    lines.push(`   ${pad(left[row] ?? "")}${right[row] ?? ""}`.trimEnd());
  }
  return lines;
}

/** What went wrong with the source, in a sentence. */
function failureInWords(entry: DirectoryLogEntry): string {
  const detail = [entry.status ? `HTTP ${entry.status}` : "", entry.message ?? ""].filter(Boolean).join(", ");
  return `The source could not be used: ${entry.outcome}${detail ? ` (${detail})` : ""}. The site keeps what it shows.`;
}

/** The command's environment, parsed by the server's own schema (app/env.server.ts); a string says what is wrong. */
function settings(io: CommandIo): Env | string {
  try {
    return parseEnv(io.env).env;
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
}

async function readSource(io: CommandIo): Promise<{ entry: DirectoryLogEntry; url: string } | string> {
  const env = settings(io);
  if (typeof env === "string") return env;
  const url = env.directorySource.url;
  if (!url) return "DIRECTORY_SOURCE_URL is not set: there is no source to review.";
  const approvalsFile = env.directoryApprovals;
  const store = new DirectoryStore({
    initial: embeddedServices,
    url,
    decode: fromHsdsService,
    identify: hsdsSlugOf,
    hasText: (key) => hasOwnText(servicesText(), key),
    approvals: () => readApprovals(approvalsFile),
    timeoutMs: env.directorySource.timeoutMs,
    log: () => undefined,
    ...(io.now ? { now: io.now } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  return { entry: await store.refresh(), url };
}

const READ_OUTCOMES = new Set(["updated", "unchanged"]);

async function review(io: CommandIo): Promise<number> {
  const read = await readSource(io);
  if (typeof read === "string") {
    io.out(read);
    return 2;
  }
  const { entry, url } = read;
  const pages = entry.pages ?? 0;
  io.out(`Read ${shownUrl(url)}: ${entry.records ?? 0} records on ${pages} ${pages === 1 ? "page" : "pages"}.`);
  if (entry.approvals) io.out(`The approvals file ${entry.approvals}: nothing in it counts until it is fixed.`);
  if (!READ_OUTCOMES.has(entry.outcome) && entry.outcome !== "refused") {
    io.out(failureInWords(entry));
    if (entry.outcome !== "invalid") return 2;
  }
  if (entry.outcome === "refused") io.out(`The update would be refused as a whole: ${entry.message ?? ""}.`);
  for (const rejected of entry.rejected ?? []) {
    io.out(`Rejected (the service keeps its version): ${rejected.id === "?" ? "a record" : rejected.id}: ${rejected.reason}`);
  }
  if (entry.message && READ_OUTCOMES.has(entry.outcome)) io.out(`Note: ${entry.message}.`);
  const held = entry.held ?? [];
  if (held.length === 0) {
    io.out(`Nothing is held. ${entry.accepted ?? 0} services take the source's version as it is.`);
    return 0;
  }
  io.out("");
  io.out(
    `${held.length} ${held.length === 1 ? "change is" : "changes are"} held. Until one is approved, its service keeps what the left column says.`,
  );
  held.forEach((change, index) => {
    io.out("");
    for (const line of describeHeld(change, index + 1)) io.out(line);
  });
  io.out("");
  io.out("Check a change with the service itself, then approve it by its id:");
  io.out('  npm run directory -- approve <id> --by "your name"');
  return 1;
}

async function approve(io: CommandIo, id: string | undefined, by: string | undefined): Promise<number> {
  const env = settings(io);
  if (typeof env === "string") {
    io.out(env);
    return 2;
  }
  const file = env.directoryApprovals;
  if (!file) {
    io.out("DIRECTORY_APPROVALS is not set: name the approvals file the server reads.");
    return 2;
  }
  if (!id) {
    io.out(USAGE.join("\n"));
    return 2;
  }
  const who = (by ?? userInfo().username).trim();
  if (!who || who.length > 120 || /[\u0000-\u001f\u007f]/.test(who)) {
    io.out('Say who approves: --by "your name" (at most 120 characters).');
    return 2;
  }
  const read = await readSource(io);
  if (typeof read === "string") {
    io.out(read);
    return 2;
  }
  const change = (read.entry.held ?? []).find((held) => held.approve === id);
  if (!change) {
    const why = READ_OUTCOMES.has(read.entry.outcome) || read.entry.outcome === "refused" ? "" : ` ${failureInWords(read.entry)}`;
    io.out(`No held change has the id ${id}.${why} Run \`npm run directory -- review\` for the current ids.`);
    return 2;
  }
  const at = (io.now?.() ?? new Date()).toISOString();
  let result: "added" | "already approved";
  try {
    result = await addApproval(file, { service: change.id, field: change.field, value: change.new, by: who, at });
  } catch (error) {
    io.out(`Not approved: ${error instanceof Error ? error.message : "the approvals file could not be written"}.`);
    return 2;
  }
  for (const line of describeHeld(change, 1).slice(0, 1)) io.out(line.replace(/^1\. /, ""));
  const words = (value: unknown) => valueInWords(change.field, value, writtenNumber, textOf).join(", ");
  io.out(`  ${words(change.old)}  →  ${words(change.new)}`);
  io.out(
    result === "added"
      ? `Approved by ${who} at ${at}, written to ${file}. The server takes it at its next refresh.`
      : `Already approved in ${file}.`,
  );
  return 0;
}

/** Runs the command; the exit code is returned, not set. */
export async function runDirectoryCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch {
    io.out(USAGE.join("\n"));
    return 2;
  }
  const [verb, id, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE.join("\n"));
    return 0;
  }
  if (verb === "review" && id === undefined) return review(io);
  if (verb === "approve" && rest.length === 0) return approve(io, id, parsed.values.by);
  io.out(USAGE.join("\n"));
  return 2;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { by: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}
