import { ZodError, type ZodIssue } from "zod";

/**
 * Log lines about the directory source hold field names and kinds of error, never free text from a
 * record (a bad `scope` may hold a name and a personal number), and are bounded in size whatever
 * the feed sends.
 */

/** About 2 KB: the longest line a refresh may print. */
export const MAX_LOG_LINE_BYTES = 2048;

/** What is wrong with a value, in our words: zod's own messages repeat what they received. */
export function issueKind(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined" ? "missing" : `expected ${issue.expected}, got ${issue.received}`;
    case "invalid_enum_value":
    case "invalid_literal":
    case "invalid_union":
    case "invalid_union_discriminator":
      return "not one of the allowed values";
    case "invalid_string":
      return "not in the expected form";
    case "too_small":
      return issue.type === "array" ? "too few items" : issue.type === "string" ? "too short" : "too small";
    case "too_big":
      return issue.type === "array" ? "too many items" : issue.type === "string" ? "too long" : "too big";
    case "custom": {
      // Our own refinements name their kind in params (schema.ts); their messages may quote the record.
      const kind: unknown = issue.params?.kind;
      return typeof kind === "string" ? kind : "fails a check";
    }
    default:
      return "not a valid value";
  }
}

/** A path a log may show: field names of our schema and indexes, nothing longer. */
function pathOf(issue: ZodIssue): string {
  return issue.path
    .map((part) => (typeof part === "number" ? String(part) : /^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(part) ? part : "?"))
    .join(".");
}

/** "phones.0.number: not in the expected form; lastChecked: not a real date" (at most 5 issues). */
export function zodReason(error: ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = pathOf(issue);
    return path ? `${path}: ${issueKind(issue)}` : issueKind(issue);
  });
  if (error.issues.length > 5) parts.push(`and ${error.issues.length - 5} more`);
  return parts.join("; ");
}

/**
 * The reason a record was refused, for the log: zod issues by path and kind; our own errors say
 * what they say when they are marked safe (SafeError); anything else is not repeated.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof ZodError) return zodReason(error);
  if (error instanceof SafeError) return error.message;
  return "cannot be read";
}

/** An error whose message we wrote and that quotes nothing from a record. */
export class SafeError extends Error {
  override name = "SafeError";
}

type Entry = Record<string, unknown>;

const byteLength = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

/**
 * The entry, made to fit in maxBytes as JSON: the longest list is halved (and what was left out
 * counted under `truncated`) until it fits, then `message` is cut. Lists hold ids, field names and
 * validated values, so what is kept stays true; what is dropped is counted, never silently lost.
 */
export function fitLogEntry<T extends object>(entry: T, maxBytes = MAX_LOG_LINE_BYTES): T {
  if (byteLength(entry) <= maxBytes) return entry;
  const fitted: Entry = { ...(entry as Entry) };
  const truncated: Record<string, number> = {};
  const lists = () =>
    Object.keys(fitted).filter((key) => Array.isArray(fitted[key]) && (fitted[key] as unknown[]).length > 0);
  for (let guard = 0; byteLength({ ...fitted, truncated }) > maxBytes && guard < 200; guard += 1) {
    const names = lists();
    if (names.length === 0) break;
    const longest = names.reduce((a, b) => (byteLength(fitted[a]) >= byteLength(fitted[b]) ? a : b));
    const list = fitted[longest] as unknown[];
    const keep = Math.floor(list.length / 2);
    truncated[longest] = (truncated[longest] ?? 0) + (list.length - keep);
    fitted[longest] = list.slice(0, keep);
  }
  if (Object.keys(truncated).length > 0) fitted.truncated = truncated;
  if (byteLength(fitted) > maxBytes && typeof fitted.message === "string") fitted.message = `${fitted.message.slice(0, 200)}…`;
  if (byteLength(fitted) > maxBytes) {
    // Nothing left to shorten (a single huge item): keep only the scalars.
    return Object.fromEntries(
      Object.entries(fitted).filter(([, value]) => value === null || typeof value !== "object").concat([["truncated", true]]),
    ) as unknown as T;
  }
  return fitted as unknown as T;
}
