import { describe, expect, it } from "vitest";
import { supportedLanguages } from "~/i18n";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("writes a date in the reader's language", () => {
    expect(formatDate("en", "2026-11-23")).toBe("23 November 2026");
  });

  it.each(["2026-13-45", "", "not a date", "99999-01-01"])("never throws on %j, in any language", (value) => {
    for (const language of supportedLanguages) {
      expect(() => formatDate(language, value)).not.toThrow();
      expect(formatDate(language, value)).toBe(value);
    }
  });
});
