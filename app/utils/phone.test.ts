import { describe, expect, it } from "vitest";
import { digitsOf, isShortNumber, telHref, toE164 } from "./phone";

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
    expect(telHref("114 14")).toBe("tel:11414");
    expect(telHref("116 111")).toBe("tel:116111");
  });
});

describe("telHref", () => {
  it("links a written number to its E.164 form", () => {
    expect(telHref("08-508 257 40")).toBe("tel:+46850825740");
  });

  it("gives no link for something it cannot dial safely", () => {
    expect(telHref("not a number")).toBeNull();
  });

  it("keeps only digits", () => {
    expect(digitsOf("08-508 257 40")).toBe("0850825740");
  });
});
