import { describe, expect, it } from "vitest";
import { dialNumber, digitsOf, isShortNumber, toE164 } from "./phone";

describe("toE164", () => {
  it.each([
    ["08-508 257 40", "+46850825740"],
    ["08-508 25 501", "+46850825501"],
    ["020-390 000", "+4620390000"],
    ["020-50 50 50", "+4620505050"],
    ["08-508 43 726", "+46850843726"],
  ])("%s dials as %s", (written, e164) => {
    expect(toE164(written)).toBe(e164);
  });

  it("refuses what is not a Swedish number with its trunk 0", () => {
    expect(toE164("112")).toBeNull();
    expect(toE164("8-508 257 40")).toBeNull();
    expect(toE164("08-5")).toBeNull();
    expect(toE164("")).toBeNull();
  });
});

describe("short numbers", () => {
  it("knows 112, 114 14 and 116 111", () => {
    expect(isShortNumber("112")).toBe(true);
    expect(isShortNumber("114 14")).toBe(true);
    expect(isShortNumber("116 111")).toBe(true);
    expect(isShortNumber("08-508 257 40")).toBe(false);
  });

  it("dials them as written, without a country code", () => {
    expect(dialNumber({ number: "114 14", e164: null })).toBe("11414");
    expect(dialNumber({ number: "116 111", e164: null })).toBe("116111");
  });
});

describe("dialNumber", () => {
  it("dials a long number by its E.164 form", () => {
    expect(dialNumber({ number: "08-508 257 40", e164: "+46850825740" })).toBe("+46850825740");
  });

  it("keeps only digits", () => {
    expect(digitsOf("08-508 257 40")).toBe("0850825740");
  });
});
