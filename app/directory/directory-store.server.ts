import { ZodError } from "zod";
import { directorySchema, serviceSchema } from "./schema";
import type { Service } from "~/data/types";

/**
 * The directory the site serves, with an optional remote source. Pages always read the last
 * good data: the embedded directory at first, then each update that passed validation. A slow,
 * failing or garbled source never shows: it is logged and the last good data stays. A record
 * that fails validation is rejected alone; the service keeps its last good version, so a
 * visitor never sees a half-valid record.
 */

export interface DirectoryLogEntry {
  event: "directory-refresh";
  outcome: "updated" | "unchanged" | "timeout" | "http-error" | "network-error" | "malformed" | "invalid";
  status?: number;
  accepted?: number;
  rejected?: { id: string; reason: string }[];
  message?: string;
}

export interface DirectoryStoreOptions {
  /** The embedded, already validated directory. */
  initial: readonly Service[];
  /** Where to fetch the directory (an HSDS 3.0 service list or page of services). */
  url: string;
  /** Turns one remote record into our record shape; validation comes after. */
  decode: (record: unknown) => unknown;
  /** Our id (slug) of a remote record, if it can be told before decoding; used in logs and to
   * keep the last good version of a record that is rejected. */
  identify?: (record: unknown) => string | undefined;
  /** Whether the site has texts for a service id (names live in the locale files). */
  hasTexts: (id: string) => boolean;
  timeoutMs?: number;
  refreshMs?: number;
  fetch?: typeof fetch;
  log?: (entry: DirectoryLogEntry) => void;
}

export class DirectoryStore {
  private services: readonly Service[];
  private changes = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly options: Required<DirectoryStoreOptions>;

  constructor(options: DirectoryStoreOptions) {
    this.services = options.initial;
    this.options = {
      timeoutMs: 5_000,
      refreshMs: 10 * 60_000,
      fetch: globalThis.fetch.bind(globalThis),
      identify: () => undefined,
      log: (entry) => console.log(JSON.stringify({ level: entry.outcome === "updated" ? "info" : "warn", ...entry })),
      ...options,
    };
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
    const { url, timeoutMs } = this.options;
    let body: unknown;
    try {
      const response = await this.options.fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { Accept: "application/json" },
      });
      if (!response.ok) {
        response.body?.cancel().catch(() => undefined); // free the connection; the body is not needed
        return { event: "directory-refresh", outcome: "http-error", status: response.status };
      }
      const text = await response.text();
      try {
        body = JSON.parse(text);
      } catch {
        return { event: "directory-refresh", outcome: "malformed", message: "not JSON" };
      }
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      return {
        event: "directory-refresh",
        outcome: timedOut ? "timeout" : "network-error",
        message: error instanceof Error ? error.name : "unknown",
      };
    }

    const records = recordsOf(body);
    if (!records) return { event: "directory-refresh", outcome: "malformed", message: "no list of services" };

    const accepted: Service[] = [];
    const rejected: { id: string; reason: string }[] = [];
    for (const record of records) {
      const id = this.options.identify(record) ?? idOf(record);
      let candidate: unknown;
      try {
        candidate = this.options.decode(record);
      } catch (error) {
        rejected.push({ id, reason: reasonOf(error) });
        continue;
      }
      const parsed = serviceSchema.safeParse(candidate);
      if (!parsed.success) {
        rejected.push({ id: idOf(candidate) || id, reason: reasonOf(parsed.error) });
        continue;
      }
      if (!this.options.hasTexts(parsed.data.id)) {
        rejected.push({ id: parsed.data.id, reason: "no texts for this service in the locale files" });
        continue;
      }
      accepted.push(parsed.data);
    }
    if (accepted.length === 0) {
      return { event: "directory-refresh", outcome: "invalid", accepted: 0, rejected };
    }

    // A rejected record keeps its last good version rather than disappearing.
    const acceptedIds = new Set(accepted.map((service) => service.id));
    const rejectedIds = new Set(rejected.map((entry) => entry.id));
    const keptOld = this.services.filter((service) => rejectedIds.has(service.id) && !acceptedIds.has(service.id));
    const next = [...accepted, ...keptOld];
    const whole = directorySchema.safeParse(next);
    if (!whole.success) {
      return {
        event: "directory-refresh",
        outcome: "invalid",
        accepted: 0,
        rejected,
        message: whole.error.issues.map((issue) => issue.message).join("; "),
      };
    }
    const changed = JSON.stringify(whole.data) !== JSON.stringify(this.services);
    if (changed) this.changes += 1;
    this.services = Object.freeze(whole.data);
    return { event: "directory-refresh", outcome: changed ? "updated" : "unchanged", accepted: accepted.length, rejected };
  }
}

/** One line for the log: a zod error's messages, or the error's own message. */
function reasonOf(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  return error instanceof Error ? error.message : "cannot be read";
}

/** An HSDS page ({ contents: [...] }) or a bare array. */
function recordsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (body && typeof body === "object" && Array.isArray((body as { contents?: unknown }).contents)) {
    return (body as { contents: unknown[] }).contents;
  }
  return null;
}

function idOf(record: unknown): string {
  if (record && typeof record === "object" && "id" in record) return String((record as { id: unknown }).id).slice(0, 80);
  return "?";
}
