import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fitLogEntry, reasonOf, SafeError, zodReason } from "./safe-log";

describe("zodReason", () => {
  it("names the path and the kind of error, never the value received", () => {
    const schema = z.object({ scope: z.enum(["stockholm", "national"]), age: z.number(), tags: z.array(z.string()).max(1) });
    const result = schema.safeParse({ scope: "Anna Svensson 19850101-1234", age: "Anna", tags: ["a", "b"] });
    expect(result.success).toBe(false);
    const reason = zodReason(result.error!);
    expect(reason).toBe("scope: not one of the allowed values; age: expected number, got string; tags: too many items");
  });

  it("replaces a key of the record in a path by ?", () => {
    const result = z.record(z.number()).safeParse({ "Anna Svensson": "x" });
    expect(zodReason(result.error!)).toBe("?: expected number, got string");
  });

  it("repeats only our own errors' messages", () => {
    expect(reasonOf(new SafeError("HSDS record: scope is not JSON"))).toBe("HSDS record: scope is not JSON");
    expect(reasonOf(new Error("Unexpected token A in 'Anna Svensson'"))).toBe("cannot be read");
  });
});

describe("fitLogEntry", () => {
  it("leaves a short entry as it is", () => {
    const entry = { event: "x", rejected: [{ id: "kast", reason: "r" }] };
    expect(fitLogEntry(entry)).toBe(entry);
  });

  it("halves the longest lists until the line fits in 2 KB, and counts what it left out", () => {
    const entry = {
      event: "directory-refresh",
      outcome: "invalid",
      rejected: Array.from({ length: 400 }, () => ({ id: "?", reason: "scope: not one of the allowed values" })),
      held: Array.from({ length: 3 }, () => ({ id: "bris", field: "free" })),
    };
    const fitted = fitLogEntry(entry);
    const bytes = Buffer.byteLength(JSON.stringify({ level: "warn", ...fitted }));
    expect(bytes).toBeLessThanOrEqual(2048);
    expect(bytes).toBeGreaterThan(1024); // it keeps what fits
    const truncated = (fitted as unknown as { truncated: Record<string, number> }).truncated;
    expect(fitted.rejected.length + truncated.rejected!).toBe(400);
    expect(fitted.held).toHaveLength(3);
  });

  it("cuts a long message", () => {
    const fitted = fitLogEntry({ event: "x", message: "m".repeat(10_000) });
    expect(Buffer.byteLength(JSON.stringify(fitted))).toBeLessThanOrEqual(2048);
  });
});
