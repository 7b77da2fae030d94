import { ZodError } from "zod";
import { helplineProblems } from "./helplines";
import { directorySchema, serviceSchema } from "./schema";
import { translationKeyProblems, type HasText } from "./translation-keys";
import type { Service } from "~/data/types";
import { dialNumber } from "~/utils/phone";

/**
 * The directory the site serves, with an optional remote source (an HSDS 3.0 feed). Pages always
 * read the last good data: the embedded directory at first, then each update that passed every
 * check below. The source is hostile input; an update can only change what a reviewer has seen.
 *
 * Transport: https only (http only for localhost), a timeout per request, at most maxBytes read
 * in all (streamed, abandoned as soon as it is exceeded), redirects followed only within the
 * source's own origin and at most maxRedirects times, every page of the feed up to maxPages.
 *
 * Record by record, each one either replaces its service, or leaves the service's last good
 * version in place and is logged:
 * - missing from the feed: kept, logged under `missing`. A service leaves the site only when the
 *   source says so (HSDS status "inactive" or "defunct"), logged under `removed`;
 * - invalid (schema, real dates, numbers checked with libphonenumber-js, translation keys that
 *   exist as own properties and phone labels of that service): kept, logged under `rejected`;
 * - a phone number (with its audience) not reviewed for that service, i.e. not in the embedded
 *   data for it and not in reviewedNumbers (DIRECTORY_REVIEWED_NUMBERS): kept, the change is
 *   logged under `held` with the old and new number.
 * Then the whole: the links between services must hold (else `invalid`), and every audience
 * journey and printable must keep a helpline number (else `refused`); either keeps everything.
 *
 * Log lines hold ids of services, field names, helpline numbers and counts: never a person's data,
 * never the source's address or free text from a record.
 */

export type DirectoryOutcome =
  | "updated"
  | "unchanged"
  | "timeout"
  | "http-error"
  | "network-error"
  | "malformed"
  | "too-large"
  | "redirect-refused"
  | "insecure-url"
  | "invalid"
  | "refused";

/** A change to a number that waits for review; the record's last good version stays. */
export interface HeldChange {
  id: string;
  /** "phones.0" (a number not reviewed for this service) or "phones.0.audience". */
  field: string;
  old: string | null;
  new: string;
  /** What to add to DIRECTORY_REVIEWED_NUMBERS to approve it. */
  approve: string;
}

export interface DirectoryLogEntry {
  event: "directory-refresh";
  outcome: DirectoryOutcome;
  status?: number;
  pages?: number;
  accepted?: number;
  rejected?: { id: string; reason: string }[];
  held?: HeldChange[];
  missing?: string[];
  removed?: string[];
  message?: string;
}

export interface DirectoryStoreOptions {
  /** The embedded, already validated directory: also what counts as reviewed. */
  initial: readonly Service[];
  /** Where to fetch the directory (an HSDS 3.0 service list, paged with ?page=N). */
  url: string;
  /** Turns one remote record into our record shape; validation comes after. */
  decode: (record: unknown) => unknown;
  /** Our id (slug) of a remote record, if it can be told before decoding; used in logs, to keep
   * the last good version of a record that is rejected and to find a service the source removes. */
  identify?: (record: unknown) => string | undefined;
  /** The record's HSDS status ("active", "inactive", "defunct", "temporarily closed"). */
  statusOf?: (record: unknown) => string | undefined;
  /** Whether a key names a text in the services namespace (by own properties: hasOwnText). */
  hasText: HasText;
  /** Numbers approved beyond the embedded data: E.164 ("+46812345678") or a listed short number. */
  reviewedNumbers?: readonly string[];
  /** Why a whole directory must not be served (default: a journey or printable without a helpline). */
  guard?: (services: readonly Service[]) => string[];
  timeoutMs?: number;
  refreshMs?: number;
  /** Bytes read from the source in one refresh, over all pages. */
  maxBytes?: number;
  maxPages?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
  log?: (entry: DirectoryLogEntry) => void;
}

const REMOVED_STATUSES = new Set(["inactive", "defunct"]);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why the source's address may not be used, or null: https, or http for this machine only. */
export function sourceUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "DIRECTORY_SOURCE_URL is not a URL";
  }
  if (url.username || url.password) return "DIRECTORY_SOURCE_URL must not carry credentials";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return null;
  return "DIRECTORY_SOURCE_URL must be https (plain http only for localhost)";
}

type Fetched = { body: unknown } | DirectoryLogEntry;

export class DirectoryStore {
  private services: readonly Service[];
  private changes = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly options: Required<DirectoryStoreOptions>;
  /** Per service id: each reviewed number (E.164 or short number) and its audience. */
  private readonly pinned: Map<string, Map<string, Service["phones"][number]["audience"]>>;
  private readonly approved: ReadonlySet<string>;

  constructor(options: DirectoryStoreOptions) {
    this.services = options.initial;
    this.options = {
      timeoutMs: 5_000,
      refreshMs: 10 * 60_000,
      maxBytes: 5 * 1024 * 1024,
      maxPages: 50,
      maxRedirects: 3,
      fetch: globalThis.fetch.bind(globalThis),
      identify: () => undefined,
      statusOf: (record) =>
        record && typeof record === "object" && typeof (record as { status?: unknown }).status === "string"
          ? (record as { status: string }).status
          : undefined,
      reviewedNumbers: [],
      guard: helplineProblems,
      log: (entry) => console.log(JSON.stringify({ level: levelOf(entry), ...entry })),
      ...options,
    };
    this.pinned = new Map(
      options.initial.map((service) => [
        service.id,
        new Map(service.phones.map((phone) => [dialNumber(phone), phone.audience] as const)),
      ]),
    );
    this.approved = new Set(this.options.reviewedNumbers);
  }

  current(): readonly Service[] {
    return this.services;
  }

  /** Goes up by one with every change of the data: what was rendered from older data is stale. */
  get version(): number {
    return this.changes;
  }

  /** Loads at once, then every refreshMs; the timer does not keep the process alive. */
  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<DirectoryLogEntry> {
    const entry = await this.load();
    this.options.log(entry);
    return entry;
  }

  private async load(): Promise<DirectoryLogEntry> {
    const problem = sourceUrlProblem(this.options.url);
    if (problem) return { event: "directory-refresh", outcome: "insecure-url", message: problem };
    const fetched = await this.fetchAllPages();
    if ("outcome" in fetched) return fetched;
    return this.apply(fetched.records, fetched.pages, fetched.message);
  }

  // -------------------------------------------------------------------------------------------
  // Transport

  /** Every page of the feed: the first as configured, then ?page=2…total_pages (up to maxPages). */
  private async fetchAllPages(): Promise<{ records: unknown[]; pages: number; message?: string } | DirectoryLogEntry> {
    const budget = { bytes: this.options.maxBytes };
    const first = await this.fetchJson(this.options.url, budget);
    if ("outcome" in first) return first;
    const records = recordsOf(first.body);
    if (!records) return { event: "directory-refresh", outcome: "malformed", message: "no list of services" };
    const total = totalPagesOf(first.body);
    if (total === null) return { event: "directory-refresh", outcome: "malformed", message: "total_pages is not a count" };
    const pages = Math.min(total, this.options.maxPages);
    for (let page = 2; page <= pages; page += 1) {
      const url = new URL(this.options.url);
      url.searchParams.set("page", String(page));
      const next = await this.fetchJson(url.href, budget);
      if ("outcome" in next) return { ...next, pages: page - 1, message: `page ${page}: ${next.message ?? next.outcome}` };
      const more = recordsOf(next.body);
      if (!more) return { event: "directory-refresh", outcome: "malformed", pages: page - 1, message: `page ${page}: no list of services` };
      records.push(...more);
    }
    const message = total > pages ? `total_pages ${total}: read the first ${pages}, the rest count as missing` : undefined;
    return { records, pages, ...(message ? { message } : {}) };
  }

  /** One JSON document, following redirects within the source's origin only. */
  private async fetchJson(start: string, budget: { bytes: number }): Promise<Fetched> {
    const { timeoutMs, maxRedirects } = this.options;
    let url = new URL(start);
    const origin = url.origin;
    for (let redirects = 0; ; redirects += 1) {
      let response: Response;
      try {
        response = await this.options.fetch(url.href, {
          signal: AbortSignal.timeout(timeoutMs),
          headers: { Accept: "application/json" },
          redirect: "manual",
        });
      } catch (error) {
        return failure(error);
      }
      if (response.status >= 300 && response.status < 400) {
        discard(response);
        const location = response.headers.get("Location");
        let next: URL | null = null;
        try {
          next = location ? new URL(location, url) : null;
        } catch {
          next = null;
        }
        if (!next) return { event: "directory-refresh", outcome: "redirect-refused", status: response.status, message: "redirect without a usable Location" };
        if (next.origin !== origin) {
          return { event: "directory-refresh", outcome: "redirect-refused", status: response.status, message: "redirect to another origin" };
        }
        if (redirects >= maxRedirects) {
          return { event: "directory-refresh", outcome: "redirect-refused", status: response.status, message: `more than ${maxRedirects} redirects` };
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        discard(response);
        return { event: "directory-refresh", outcome: "http-error", status: response.status };
      }
      let text: string | null;
      try {
        text = await readCapped(response, budget);
      } catch (error) {
        if (error instanceof TypeError && /decode|encoded/i.test(error.message)) {
          return { event: "directory-refresh", outcome: "malformed", message: "not UTF-8" };
        }
        return failure(error);
      }
      if (text === null) {
        return { event: "directory-refresh", outcome: "too-large", message: `more than ${this.options.maxBytes} bytes` };
      }
      try {
        return { body: JSON.parse(text) as unknown };
      } catch {
        return { event: "directory-refresh", outcome: "malformed", message: "not JSON" };
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Records

  private apply(records: unknown[], pages: number, message: string | undefined): DirectoryLogEntry {
    const known = new Map(this.services.map((service) => [service.id, service]));
    const updates = new Map<string, Service>();
    const removals = new Set<string>();
    const rejected: { id: string; reason: string }[] = [];
    const held: HeldChange[] = [];

    const times = new Map<string, number>();
    const count = (id: string) => times.set(id, (times.get(id) ?? 0) + 1);

    for (const record of records) {
      const claimed = this.options.identify(record) ?? idOf(record);
      const status = this.options.statusOf(record);
      if (status !== undefined && REMOVED_STATUSES.has(status)) {
        if (known.has(claimed)) removals.add(claimed);
        count(claimed);
        continue;
      }
      let candidate: unknown;
      try {
        candidate = this.options.decode(record);
      } catch (error) {
        rejected.push({ id: claimed, reason: reasonOf(error) });
        count(claimed);
        continue;
      }
      const parsed = serviceSchema.safeParse(candidate);
      if (!parsed.success) {
        const id = idOf(candidate) === "?" ? claimed : idOf(candidate);
        rejected.push({ id, reason: reasonOf(parsed.error) });
        count(id);
        continue;
      }
      const service = parsed.data;
      count(service.id);
      const keyProblems = translationKeyProblems(service, this.options.hasText);
      if (keyProblems.length > 0) {
        rejected.push({ id: service.id, reason: keyProblems.join("; ") });
        continue;
      }
      const changes = this.heldChanges(service, known.get(service.id));
      if (changes.length > 0) {
        held.push(...changes);
        continue;
      }
      updates.set(service.id, service);
    }
    // A service the feed names more than once keeps its last good version: which one is meant?
    for (const [id, n] of times) {
      if (n > 1 && id !== "?") {
        updates.delete(id);
        removals.delete(id);
        rejected.push({ id, reason: `given ${n} times in the feed` });
      }
    }

    const missing = this.services.map((service) => service.id).filter((id) => !times.has(id));
    const report = {
      pages,
      accepted: updates.size,
      rejected,
      ...(held.length > 0 ? { held } : {}),
      ...(missing.length > 0 ? { missing } : {}),
      ...(removals.size > 0 ? { removed: [...removals] } : {}),
      ...(message ? { message } : {}),
    };
    if (updates.size === 0 && removals.size === 0 && rejected.length > 0 && held.length === 0) {
      return { event: "directory-refresh", outcome: "invalid", ...report };
    }

    const next: Service[] = [];
    for (const service of this.services) {
      if (!removals.has(service.id)) next.push(updates.get(service.id) ?? service);
    }
    for (const [id, service] of updates) if (!known.has(id)) next.push(service);

    const whole = directorySchema.safeParse(next);
    if (!whole.success) {
      return {
        event: "directory-refresh",
        outcome: "invalid",
        ...report,
        accepted: 0,
        message: whole.error.issues.map((issue) => issue.message).join("; "),
      };
    }
    const broken = this.options.guard(whole.data);
    if (broken.length > 0) {
      return { event: "directory-refresh", outcome: "refused", ...report, accepted: 0, message: broken.join("; ") };
    }
    const changed = JSON.stringify(whole.data) !== JSON.stringify(this.services);
    if (changed) this.changes += 1;
    this.services = Object.freeze(whole.data);
    return { event: "directory-refresh", outcome: changed ? "updated" : "unchanged", ...report };
  }

  /** The numbers of a record that are not reviewed for its service (with that audience). */
  private heldChanges(service: Service, previous: Service | undefined): HeldChange[] {
    const pinned = this.pinned.get(service.id);
    return service.phones.flatMap((phone, index): HeldChange[] => {
      const dial = dialNumber(phone);
      if (this.approved.has(dial)) return [];
      const reviewedAudience = pinned?.get(dial);
      if (reviewedAudience === phone.audience) return [];
      if (reviewedAudience === undefined) {
        return [{ id: service.id, field: `phones.${index}`, old: previous?.phones[index]?.number ?? null, new: phone.number, approve: dial }];
      }
      return [{ id: service.id, field: `phones.${index}.audience`, old: reviewedAudience, new: phone.audience, approve: dial }];
    });
  }
}

function levelOf(entry: DirectoryLogEntry): "info" | "warn" {
  const clean = !entry.rejected?.length && !entry.held?.length && !entry.missing?.length && !entry.message;
  return (entry.outcome === "updated" || entry.outcome === "unchanged") && clean ? "info" : "warn";
}

function failure(error: unknown): DirectoryLogEntry {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  return {
    event: "directory-refresh",
    outcome: timedOut ? "timeout" : "network-error",
    message: error instanceof Error ? error.name : "unknown",
  };
}

/** Frees the connection of a response whose body is not needed. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * The body as text, or null when it would take more than the bytes left in the budget: a declared
 * Content-Length above it is refused at once, otherwise reading stops at the first chunk past it.
 */
async function readCapped(response: Response, budget: { bytes: number }): Promise<string | null> {
  const declared = Number(response.headers.get("Content-Length") ?? NaN);
  if (Number.isFinite(declared) && declared > budget.bytes) {
    discard(response);
    return null;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > budget.bytes) {
      reader.cancel().catch(() => undefined); // not awaited: a stream may settle its cancel late
      return null;
    }
    chunks.push(value);
  }
  budget.bytes -= size;
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}

/** One line for the log: a zod error's messages, or the error's own message. */
function reasonOf(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  return error instanceof Error ? error.message : "cannot be read";
}

/** An HSDS page ({ contents: [...] }) or a bare array. */
function recordsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return [...body];
  if (body && typeof body === "object" && Array.isArray((body as { contents?: unknown }).contents)) {
    return [...(body as { contents: unknown[] }).contents];
  }
  return null;
}

/** total_pages of an HSDS page (1 for a bare array or when absent), or null when it is not a count. */
function totalPagesOf(body: unknown): number | null {
  if (Array.isArray(body) || !body || typeof body !== "object" || !("total_pages" in body)) return 1;
  const total = (body as { total_pages: unknown }).total_pages;
  return typeof total === "number" && Number.isInteger(total) && total >= 1 ? total : total === 0 ? 1 : null;
}

/** A record's id for the log, only when it looks like an id (a slug or a UUID): never free text. */
function idOf(record: unknown): string {
  if (record && typeof record === "object" && Object.hasOwn(record, "id")) {
    const id = (record as { id: unknown }).id;
    if (typeof id === "string" && /^[a-z0-9][a-z0-9-]{0,79}$/.test(id)) return id;
  }
  return "?";
}
