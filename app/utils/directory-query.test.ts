import { describe, expect, it } from "vitest";
import { AGE_LIMITS, readDirectoryQuery, westernDigits } from "./directory-query";

const read = (query: string) => readDirectoryQuery(new URLSearchParams(query));

describe("readDirectoryQuery", () => {
  it("reads every field of the form", () => {
    const { filter, invalid } = read("audience=under-18&age=16&free=1&anonymous=1&professionals=1&q=stöd");
    expect(filter).toEqual({ audience: "under-18", age: 16, free: true, anonymous: true, professionals: true, words: "stöd" });
    expect(invalid).toEqual([]);
  });

  it("treats empty fields as not given", () => {
    expect(read("audience=&age=&q=+").filter).toEqual({});
  });

  it("drops what it cannot use and says so", () => {
    const { filter, invalid, values } = read(`audience=everyone&age=sixteen&q=${"x".repeat(500)}&free=yes`);
    expect(filter).toEqual({});
    expect(invalid.sort()).toEqual(["age", "audience", "q"]);
    // What was typed comes back (cut to the field's length), so it can be corrected.
    expect(values).toEqual({ audience: "", age: "sixteen", free: false, anonymous: false, professionals: false, q: "x".repeat(100) });
  });

  it("refuses impossible ages", () => {
    expect(read("age=-1").invalid).toEqual(["age"]);
    expect(read("age=200").invalid).toEqual(["age"]);
    expect(read("age=16.5").invalid).toEqual(["age"]);
    expect(read("age=0").filter).toEqual({ age: 0 });
    // Only whole years written as digits: Number() would read these as numbers.
    for (const age of ["150", "-3", "12.5", "1e1", "0x10", "+15", "15 år", "١٥.٥"]) {
      expect(read(`age=${encodeURIComponent(age)}`).invalid, age).toEqual(["age"]);
    }
    expect(read(`age=${AGE_LIMITS.max}`).filter).toEqual({ age: AGE_LIMITS.max });
    expect(read(`age=${AGE_LIMITS.max + 1}`).invalid).toEqual(["age"]);
  });

  it("reads the digits a reader types in her own script: Arabic-Indic, Persian, Thai", () => {
    expect(read(`age=${encodeURIComponent("١٥")}`).filter).toEqual({ age: 15 });
    expect(read(`age=${encodeURIComponent("۱۵")}`).filter).toEqual({ age: 15 });
    expect(read(`age=${encodeURIComponent("๑๕")}`).filter).toEqual({ age: 15 });
    expect(read(`age=${encodeURIComponent("١٥")}`).values.age).toBe("15");
    expect(westernDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789 0123456789 0123456789");
  });
});
