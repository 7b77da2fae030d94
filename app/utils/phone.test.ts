import { describe, expect, it } from "vitest";
import { dialNumber, digitsOf } from "./phone";

describe("short numbers", () => {
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
