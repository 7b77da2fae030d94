import { describe, expect, it } from "vitest";
import { routePattern } from "./request-log";

describe("routePattern", () => {
  it("joins the matched route paths into one pattern", () => {
    expect(routePattern([undefined, ":lang/services/:slug"])).toBe("/:lang/services/:slug");
    expect(routePattern([undefined, ":lang/*"])).toBe("/:lang/*");
  });

  it("is / for the index", () => {
    expect(routePattern([undefined, undefined])).toBe("/");
    expect(routePattern([])).toBe("/");
  });
});
