import { describe, expect, it } from "vitest";
import { wantsHydration } from "./hydration";

describe("wantsHydration", () => {
  it("is off unless a route opts in", () => {
    expect(wantsHydration([undefined, {}, { i18n: "common" }])).toBe(false);
    expect(wantsHydration([undefined, { hydrate: "yes" }])).toBe(false);
  });

  it("is on when one matched route sets handle.hydrate", () => {
    expect(wantsHydration([undefined, { hydrate: true }])).toBe(true);
  });
});
