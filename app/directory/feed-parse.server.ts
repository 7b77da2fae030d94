import { Worker } from "node:worker_threads";

/**
 * One page of the directory source, parsed off the main thread. JSON.parse of 5 MB of `[{},{},…]`
 * (1.7 million empty records) blocks for about 0.35 s and takes 150 MB; a visitor's request would
 * wait that long on every refresh. A short-lived worker with a heap limit decodes and parses the
 * page, counts its records against the cap, and sends back only a page that is within it, with any
 * record larger than maxRecordBytes left out (null): what the main thread then validates is
 * bounded in count and size.
 */

export type ParsedPage =
  | { records: (unknown | null)[]; totalPages: number | null; oversized: number }
  | { problem: FeedProblem; count?: number };

export type FeedProblem = "not-utf8" | "not-json" | "no-list" | "too-many-records" | "out-of-memory" | "timeout";

export interface ParseLimits {
  /** Records this page may add (the refresh's cap minus what earlier pages gave). */
  maxRecords: number;
  /** A record larger than this (as JSON) is left out; a real one is about 5 KB. */
  maxRecordBytes: number;
  /** The worker's heap; parsing more than this needs is refused. */
  maxHeapMb?: number;
  timeoutMs?: number;
}

/**
 * Runs in the worker (as a script: it cannot import). Kept small and free of anything but the
 * language and worker_threads; unit-tested through parseFeedPage.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { bytes, maxRecords, maxRecordBytes } = workerData;
function answer() {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: "not-utf8" };
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: "not-json" };
  }
  text = undefined;
  const list = Array.isArray(body)
    ? body
    : body && typeof body === "object" && Array.isArray(body.contents)
      ? body.contents
      : null;
  if (!list) return { problem: "no-list" };
  if (list.length > maxRecords) return { problem: "too-many-records", count: list.length };
  let totalPages = 1;
  if (!Array.isArray(body) && Object.prototype.hasOwnProperty.call(body, "total_pages")) {
    const total = body.total_pages;
    totalPages = typeof total === "number" && Number.isInteger(total) && total >= 1 ? total : total === 0 ? 1 : null;
  }
  let oversized = 0;
  const records = list.map((record) => {
    const size = Buffer.byteLength(JSON.stringify(record) ?? "", "utf8");
    if (size <= maxRecordBytes) return record;
    oversized += 1;
    return null;
  });
  return { records, totalPages, oversized };
}
parentPort.postMessage(answer());
`;

export function parseFeedPage(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedPage> {
  const { maxRecords, maxRecordBytes, maxHeapMb = 96, timeoutMs = 10_000 } = limits;
  // A copy the worker owns (transferred, not cloned again).
  const owned = new Uint8Array(bytes);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (page: ParsedPage) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(page);
    };
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes: owned, maxRecords, maxRecordBytes },
      transferList: [owned.buffer],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => settle({ problem: "timeout" }), timeoutMs);
    timer.unref?.();
    worker.once("message", (page: ParsedPage) => settle(page));
    worker.once("error", (error: Error & { code?: string }) =>
      settle({ problem: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "not-json" }),
    );
    worker.once("exit", () => settle({ problem: "not-json" }));
  });
}
