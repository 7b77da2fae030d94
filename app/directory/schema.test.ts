import { describe, expect, it } from "vitest";
import { embeddedServices } from "~/data/services";
import { isRealDate, serviceSchema } from "./schema";

const kast = embeddedServices.find((service) => service.id === "kast")!;

describe("dates in the directory", () => {
  it.each(["2026-11-23", "2024-02-29"])("accepts the real date %s", (value) => {
    expect(isRealDate(value)).toBe(true);
    expect(serviceSchema.safeParse({ ...kast, lastChecked: value }).success).toBe(true);
  });

  it.each(["2026-13-45", "2026-02-30", "2025-02-29", "2026-00-10", "2026-1-1", "20261123", "2026-11-23T00:00:00Z"])(
    "refuses %s",
    (value) => {
      expect(isRealDate(value)).toBe(false);
      expect(serviceSchema.safeParse({ ...kast, lastChecked: value }).success).toBe(false);
    },
  );
});
