import { setImmediate as nextTurn } from "node:timers/promises";
import { parseFeedPage } from "./feed-parse.server";
import { sourceUrlProblem } from "./source-url";
import { helplineProblems } from "./helplines";
import {
  ReviewedValues,
  unreviewedChanges,
  unreviewedStatus,
  type Approval,
  type HeldChange,
  type ReviewStatus,
} from "./review.server";
import { fitLogEntry, reasonOf, zodReason } from "./safe-log";
import { directorySchema, serviceSchema } from "./schema";
import { translationKeyProblems, type HasText } from "./translation-keys";
import type { Service } from "~/data/types";

export { sourceUrlProblem };

/**
 * The directory the site serves, with an optional remote source (an HSDS 3.0 feed). Pages always
 * read the last reviewed data: the embedded directory at first, then each update that passed every
 * check below. The source is hostile input: nothing it says changes what a visitor is told until a
 * person has reviewed it.
 *
 * Transport: https only (http only for localhost), a timeout per request, at most maxBytes read
 * in all (streamed, abandoned as soon as it is exceeded), redirects followed only within the
 * source's own origin and at most maxRedirects times, every page of the feed up to maxPages.
 *
 * Work is bounded: each page is parsed in a worker with a heap limit (feed-parse.server.ts); a
 * feed of more than maxRecords records is refused as a whole (`too-many-records`); a record larger
 * than maxRecordBytes is rejected alone; records are checked in slices that yield to the event
 * loop; every log line fits in about 2 KB and names fields and kinds of error, never free text
 * from a record. One refresh runs at a time: a refresh asked for while one runs gets that one's
 * answer, and a timer tick that finds one running is skipped, so an older refresh never lands
 * after a newer one.
 *
 * Record by record, each known service either takes the source's version or keeps its last
 * reviewed one:
 * - invalid (schema, real dates from 2000 to tomorrow, numbers checked with libphonenumber-js,
 *   translation keys that exist as own properties, phone labels of that service) or not a service
 *   of this directory: rejected, the service keeps its version;
 * - a change to a reviewed field (review.server.ts: removal as inactive, defunct or missing, phones,
 *   free, anonymous, hours, ages, audiences, contactVia, noNumberReason, scope, organization) that
 *   is neither the embedded value nor approved (DIRECTORY_APPROVALS): held, the service keeps its
 *   last reviewed version and the log names service, field, old and new value;
 * - otherwise (new date, labels, sources, an approved change): it goes live.
 * Then the whole: the links between services must hold (else `invalid`), and every audience
 * journey and printable must keep a helpline number (else `refused`); either keeps everything.
 */

export type DirectoryOutcome =
  | "updated"
  | "unchanged"
  | "skipped"
  | "timeout"
  | "http-error"
  | "network-error"
  | "malformed"
  | "too-large"
  | "too-many-records"
  | "redirect-refused"
  | "insecure-url"
  | "invalid"
  | "refused";

export type { HeldChange } from "./review.server";

export interface DirectoryLogEntry {
  event: "directory-refresh";
  outcome: DirectoryOutcome;
  status?: number;
  pages?: number;
  /** Records the feed gave (over all pages read). */
  records?: number;
  /** Services that took the source's version. */
  accepted?: number;
  rejected?: { id: string; reason: string }[];
  held?: HeldChange[];
  /** Services that left the site (an approved removal). */
  removed?: string[];
  message?: string;
  /** Why the approvals file could not be read (then nothing beyond the embedded data counts as reviewed). */
  approvals?: string;
  /** How many entries of each list a long line left out. */
  truncated?: Record<string, number> | true;
}

/** What the approvals file gave: approved changes, or why it could not be read. */
export interface ApprovalsRead {
  approvals: readonly Approval[];
  problem?: string;
}

export interface DirectoryStoreOptions {
  /** The embedded, already validated directory: what counts as reviewed, and the only services there are. */
  initial: readonly Service[];
  /** Where to fetch the directory (an HSDS 3.0 service list, paged with ?page=N). */
  url: string;
  /** Turns one remote record into our record shape; validation comes after. */
  decode: (record: unknown) => unknown;
  /** Our id (slug) of a remote record, if it can be told before decoding; used to keep the last
   * reviewed version of a record that is rejected and to find a service the source removes. */
  identify?: (record: unknown) => string | undefined;
  /** The record's HSDS status ("active", "inactive", "defunct", "temporarily closed"). */
  statusOf?: (record: unknown) => string | undefined;
  /** Whether a key names a text in the services namespace (by own properties: hasOwnText). */
  hasText: HasText;
  /** The approved changes, read at every refresh (DIRECTORY_APPROVALS). */
  approvals?: () => ApprovalsRead | Promise<ApprovalsRead>;
  /** Why a whole directory must not be served (default: a journey or printable without a helpline). */
  guard?: (services: readonly Service[]) => string[];
  timeoutMs?: number;
  refreshMs?: number;
  /** Bytes read from the source in one refresh, over all pages. */
  maxBytes?: number;
  maxPages?: number;
  maxRedirects?: number;
  /** Records in one refresh, over all pages; more refuses the feed as a whole. */
  maxRecords?: number;
  /** A record larger than this (as JSON) is rejected alone. */
  maxRecordBytes?: number;
  fetch?: typeof fetch;
  log?: (entry: DirectoryLogEntry) => void;
  /** The clock (for "not after tomorrow"). */
  now?: () => Date;
}

const REMOVED_STATUSES = new Set(["inactive", "defunct"]);
/** How long record checks may hold the event loop before they yield to waiting requests. */
const SLICE_MS = 8;

type Fetched = { bytes: Uint8Array } | DirectoryLogEntry;
type Records = { records: (unknown | null)[]; pages: number; message?: string };

const logEntry = (outcome: DirectoryOutcome, extra: Partial<DirectoryLogEntry> = {}): DirectoryLogEntry => ({
  event: "directory-refresh",
  outcome,
  ...extra,
});

export class DirectoryStore {
  private services: readonly Service[];
  private changes = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<DirectoryLogEntry> | null = null;
  private readonly options: Required<DirectoryStoreOptions>;
  /** The services in their embedded order: a source adds none. */
  private readonly order: readonly string[];
  /** Per service: its last reviewed version (on the site, or when it left). */
  private readonly lastReviewed: Map<string, Service>;
  /** Per service: "active" while on the site, else why it left. */
  private readonly status: Map<string, ReviewStatus>;

  constructor(options: DirectoryStoreOptions) {
    this.services = options.initial;
    this.options = {
      timeoutMs: 5_000,
      refreshMs: 10 * 60_000,
      maxBytes: 5 * 1024 * 1024,
      maxPages: 50,
      maxRedirects: 3,
      maxRecords: 500,
      maxRecordBytes: 64 * 1024,
      fetch: globalThis.fetch.bind(globalThis),
      identify: () => undefined,
      statusOf: (record) =>
        record && typeof record === "object" && typeof (record as { status?: unknown }).status === "string"
          ? (record as { status: string }).status
          : undefined,
      approvals: () => ({ approvals: [] }),
      guard: helplineProblems,
      log: (entry) => console.log(JSON.stringify({ level: levelOf(entry), ...entry })),
      now: () => new Date(),
      // An option given as undefined keeps its default.
      ...(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as DirectoryStoreOptions),
    };
    this.order = options.initial.map((service) => service.id);
    this.lastReviewed = new Map(options.initial.map((service) => [service.id, service]));
    this.status = new Map(options.initial.map((service) => [service.id, "active" as const]));
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
    this.timer = setInterval(() => this.tick(), this.options.refreshMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** A timer tick: a refresh, unless the last one still runs (then this tick is skipped, and said so). */
  private tick(): void {
    if (this.running) {
      this.options.log(logEntry("skipped", { message: "the previous refresh is still running" }));
      return;
    }
    void this.refresh();
  }

  /**
   * Reads the source once and applies what passes; logs one line (bounded) and returns the whole
   * report. Asked while a refresh runs, it returns that refresh's answer instead of starting another.
   */
  refresh(): Promise<DirectoryLogEntry> {
    if (!this.running) {
      this.running = this.load()
        .catch((error: unknown) =>
          logEntry("malformed", { message: `the refresh failed: ${error instanceof Error ? error.name : "unknown"}` }),
        )
        .then((entry) => {
          this.options.log(fitLogEntry(entry));
          return entry;
        })
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  private async load(): Promise<DirectoryLogEntry> {
    const problem = sourceUrlProblem(this.options.url);
    if (problem) return logEntry("insecure-url", { message: problem });
    const fetched = await this.fetchAllPages();
    if ("outcome" in fetched) return fetched;
    const approvals = await this.readApprovals();
    return this.apply(fetched, approvals);
  }

  private async readApprovals(): Promise<ApprovalsRead> {
    try {
      return await this.options.approvals();
    } catch {
      return { approvals: [], problem: "could not be read" };
    }
  }

  // -------------------------------------------------------------------------------------------
  // Transport

  /** Every page of the feed: the first as configured, then ?page=2…total_pages (up to maxPages). */
  private async fetchAllPages(): Promise<Records | DirectoryLogEntry> {
    const budget = { bytes: this.options.maxBytes };
    const records: (unknown | null)[] = [];
    let pages = 1;
    let total = 1;
    for (let page = 1; page <= pages; page += 1) {
      const url = new URL(this.options.url);
      if (page > 1) url.searchParams.set("page", String(page));
      const where = page > 1 ? `page ${page}: ` : "";
      const fetched = await this.fetchBytes(url.href, budget);
      if ("outcome" in fetched) {
        return page > 1 ? { ...fetched, pages: page - 1, message: `${where}${fetched.message ?? fetched.outcome}` } : fetched;
      }
      const parsed = await parseFeedPage(fetched.bytes, {
        maxRecords: this.options.maxRecords - records.length,
        maxRecordBytes: this.options.maxRecordBytes,
        timeoutMs: this.options.timeoutMs * 2,
      });
      const done = { pages: page - 1 };
      if ("problem" in parsed) {
        switch (parsed.problem) {
          case "not-utf8":
            return logEntry("malformed", { ...done, message: `${where}not UTF-8` });
          case "not-json":
            return logEntry("malformed", { ...done, message: `${where}not JSON` });
          case "no-list":
            return logEntry("malformed", { ...done, message: `${where}no list of services` });
          case "timeout":
            return logEntry("timeout", { ...done, message: `${where}took too long to read` });
          case "too-many-records":
          case "out-of-memory":
            return logEntry("too-many-records", {
              ...done,
              ...(parsed.count !== undefined ? { records: records.length + parsed.count } : {}),
              message: `${where}more than ${this.options.maxRecords} records`,
            });
        }
      }
      if (page === 1) {
        if (parsed.totalPages === null) return logEntry("malformed", { message: "total_pages is not a count" });
        total = parsed.totalPages;
        pages = Math.min(total, this.options.maxPages);
      }
      for (const record of parsed.records) records.push(record);
    }
    const message = total > pages ? `total_pages ${total}: read the first ${pages}, the rest count as missing` : undefined;
    return { records, pages, ...(message ? { message } : {}) };
  }

  /** One document's bytes, following redirects within the source's origin only. */
  private async fetchBytes(start: string, budget: { bytes: number }): Promise<Fetched> {
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
        if (!next) return logEntry("redirect-refused", { status: response.status, message: "redirect without a usable Location" });
        if (next.origin !== origin) {
          return logEntry("redirect-refused", { status: response.status, message: "redirect to another origin" });
        }
        if (redirects >= maxRedirects) {
          return logEntry("redirect-refused", { status: response.status, message: `more than ${maxRedirects} redirects` });
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        discard(response);
        return logEntry("http-error", { status: response.status });
      }
      let bytes: Uint8Array | null;
      try {
        bytes = await readCapped(response, budget);
      } catch (error) {
        return failure(error);
      }
      if (bytes === null) return logEntry("too-large", { message: `more than ${this.options.maxBytes} bytes` });
      return { bytes };
    }
  }

  // -------------------------------------------------------------------------------------------
  // Records

  /** Our id of a record, for the log and for keeping its service: only an id of this directory. */
  private knownId(id: string | undefined): string {
    return id !== undefined && this.lastReviewed.has(id) ? id : "?";
  }

  private async apply({ records, pages, message }: Records, read: ApprovalsRead): Promise<DirectoryLogEntry> {
    const reviewed = new ReviewedValues(this.options.initial, read.approvals);
    const tomorrow = new Date(this.options.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    const candidates = new Map<string, Service>();
    const feedStatus = new Map<string, ReviewStatus>();
    const rejected: { id: string; reason: string }[] = [];
    const times = new Map<string, number>();
    const count = (id: string) => id !== "?" && times.set(id, (times.get(id) ?? 0) + 1);
    const reject = (id: string, reason: string) => rejected.push({ id, reason });

    let slice = performance.now();
    for (const record of records) {
      if (performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
      if (record === null) {
        reject("?", `larger than ${Math.round(this.options.maxRecordBytes / 1024)} KB`);
        continue;
      }
      const claimed = this.knownId(this.options.identify(record) ?? idOf(record));
      const status = this.options.statusOf(record);
      if (status !== undefined && REMOVED_STATUSES.has(status)) {
        if (claimed === "?") {
          reject("?", "status: not a service of this directory");
          continue;
        }
        count(claimed);
        feedStatus.set(claimed, status as ReviewStatus);
        continue;
      }
      let decoded: unknown;
      try {
        decoded = this.options.decode(record);
      } catch (error) {
        reject(claimed, reasonOf(error));
        count(claimed);
        continue;
      }
      const parsed = serviceSchema.safeParse(decoded);
      if (!parsed.success) {
        const id = claimed !== "?" ? claimed : this.knownId(idOf(decoded));
        reject(id, zodReason(parsed.error));
        count(id);
        continue;
      }
      const service = parsed.data;
      if (!this.lastReviewed.has(service.id)) {
        reject("?", "id: not a service of this directory");
        continue;
      }
      count(service.id);
      const keyProblems = translationKeyProblems(service, this.options.hasText);
      if (keyProblems.length > 0) {
        reject(service.id, keyProblems.join("; "));
        continue;
      }
      if (service.lastChecked > tomorrow) {
        reject(service.id, "lastChecked: after tomorrow");
        continue;
      }
      candidates.set(service.id, service);
    }
    // A service the feed names more than once keeps its last reviewed version: which one is meant?
    for (const [id, n] of times) {
      if (n > 1) {
        candidates.delete(id);
        feedStatus.delete(id);
        reject(id, `given ${n} times in the feed`);
      }
    }

    const report = { pages, records: records.length, rejected, ...(message ? { message } : {}) };
    if (candidates.size + feedStatus.size === 0 && rejected.length > 0) return logEntry("invalid", { ...report, accepted: 0 });

    const held: HeldChange[] = [];
    const updates = new Map<string, Service>();
    const nextStatus = new Map<string, ReviewStatus>();
    for (const id of this.order) {
      const current = this.status.get(id) ?? "active";
      let next: ReviewStatus;
      if (!times.has(id)) next = "missing";
      else if (feedStatus.has(id)) next = feedStatus.get(id)!;
      else if (candidates.has(id)) next = "active";
      else continue; // rejected: keeps what it has
      const bothOff = current !== "active" && next !== "active";
      if (bothOff) {
        nextStatus.set(id, next); // off the site either way: nothing a visitor sees changes
        continue;
      }
      const statusHeld = unreviewedStatus(id, current, next, reviewed);
      if (statusHeld) {
        held.push(statusHeld);
        continue;
      }
      if (next !== "active") {
        nextStatus.set(id, next);
        continue;
      }
      const candidate = candidates.get(id)!;
      const changes = unreviewedChanges(this.lastReviewed.get(id)!, candidate, reviewed);
      if (changes.length > 0) {
        held.push(...changes);
        continue;
      }
      if (current !== "active") nextStatus.set(id, "active");
      updates.set(id, candidate);
    }

    const removed = [...nextStatus].filter(([id, status]) => status !== "active" && this.status.get(id) === "active");
    const summary = {
      ...report,
      accepted: updates.size,
      ...(held.length > 0 ? { held } : {}),
      ...(removed.length > 0 ? { removed: removed.map(([id]) => id) } : {}),
      ...(read.problem ? { approvals: read.problem } : {}),
    };

    const next: Service[] = [];
    for (const id of this.order) {
      const status = nextStatus.get(id) ?? this.status.get(id);
      if (status === "active") next.push(updates.get(id) ?? this.lastReviewed.get(id)!);
    }
    const whole = directorySchema.safeParse(next);
    if (!whole.success) return logEntry("invalid", { ...summary, accepted: 0, message: zodReason(whole.error) });
    const broken = this.options.guard(whole.data);
    if (broken.length > 0) return logEntry("refused", { ...summary, accepted: 0, message: broken.join("; ") });

    const changed = JSON.stringify(whole.data) !== JSON.stringify(this.services);
    if (changed) this.changes += 1;
    this.services = Object.freeze(whole.data);
    for (const [id, service] of updates) this.lastReviewed.set(id, service);
    for (const [id, status] of nextStatus) this.status.set(id, status);
    return logEntry(changed ? "updated" : "unchanged", summary);
  }
}

function levelOf(entry: DirectoryLogEntry): "info" | "warn" {
  const clean = !entry.rejected?.length && !entry.held?.length && !entry.message && !entry.approvals && !entry.truncated;
  return (entry.outcome === "updated" || entry.outcome === "unchanged") && clean ? "info" : "warn";
}

function failure(error: unknown): DirectoryLogEntry {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  return logEntry(timedOut ? "timeout" : "network-error", { message: error instanceof Error ? error.name : "unknown" });
}

/** Frees the connection of a response whose body is not needed. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * The body's bytes, or null when it would take more than the bytes left in the budget: a declared
 * Content-Length above it is refused at once, otherwise reading stops at the first chunk past it.
 */
async function readCapped(response: Response, budget: { bytes: number }): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("Content-Length") ?? NaN);
  if (Number.isFinite(declared) && declared > budget.bytes) {
    discard(response);
    return null;
  }
  if (!response.body) return new Uint8Array(0);
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
  return Buffer.concat(chunks);
}

/** A record's own id when it looks like a slug (checked against the directory before it is logged). */
function idOf(record: unknown): string | undefined {
  if (record && typeof record === "object" && Object.hasOwn(record, "id")) {
    const id = (record as { id: unknown }).id;
    if (typeof id === "string" && /^[a-z0-9][a-z0-9-]{0,79}$/.test(id)) return id;
  }
  return undefined;
}
