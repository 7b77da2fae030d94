import { describe, expect, it } from "vitest";
import { phoneNumberProblem } from "./phone-numbers";
import { phoneSchema } from "./schema";

const phone = (number: string, e164: string | null) => ({ number, e164, audience: "public", descriptionKey: "kast.phone" });

describe("phoneNumberProblem (libphonenumber-js)", () => {
  it.each([
    ["08-508 257 40", "+46850825740"],
    ["08-508 25 501", "+46850825501"],
    ["020-390 000", "+4620390000"],
    ["020-50 50 50", "+4620505050"],
    ["070-123 45 67", "+46701234567"],
    ["112", null],
    ["114 14", null],
    ["116 111", null],
  ])("accepts %s (%s)", (number, e164) => {
    expect(phoneNumberProblem(number, e164)).toBeNull();
    expect(phoneSchema.safeParse(phone(number, e164)).success).toBe(true);
  });

  it.each([
    ["a premium-rate number", "0900-123 45 67", "+469001234567", /PREMIUM_RATE/],
    ["another premium-rate range", "0939-123 456", "+46939123456", /PREMIUM_RATE/],
    ["a shared-cost number", "0771-123 456", "+46771123456", /SHARED_COST/],
    ["a written form that dials another number", "08-508 257 40", "+46850825741", /dials \+46850825741/],
    ["an E.164 form that is not E.164", "08-508 257 40", "0850825740", /not written in E.164/],
    ["a number too short to be Swedish", "08-5", "+4685", /not a valid Swedish number/],
    ["a short number not on the list", "118 118", null, /not a listed short number/],
    ["any 1xx number", "113 13", null, /not a listed short number/],
    ["letters", "08-5O8 25 5O1", "+46850825501", /digits, spaces and hyphens/],
  ])("refuses %s", (_name, number, e164, message) => {
    expect(phoneNumberProblem(number, e164)).toMatch(message);
    expect(phoneSchema.safeParse(phone(number, e164)).success).toBe(false);
  });

  it("never repeats free text from a record in its message", () => {
    expect(phoneNumberProblem("call <script>alert(1)</script>", null)).toBe("not written as digits, spaces and hyphens");
    expect(phoneNumberProblem("08-508 257 40", "anna@example.se")).not.toContain("anna");
  });
});
