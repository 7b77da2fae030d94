import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sameSiteLocation } from "../../server/middleware.js";
import { isValidHost, trustProxySetting } from "../../server/origin.js";
import { MUNICIPALITIES_QUERY, OPEN_DATA_QUERY, SERVICES_QUERY, canonicalTarget, declaredQuery } from "../../server/query-params.js";

describe("canonicalTarget", () => {
  it.each([
    ["/sv/", "/sv/"],
    ["/sv/?v=1", "/sv/"],
    ["/sv/?", "/sv/"],
    ["/sv/law?utm_source=x&v=2", "/sv/law"],
    ["/sv/services?zz=1&q=kast&age=17", "/sv/services?age=17&q=kast"],
    ["/sv/services?q=a&audience=young&q=b", "/sv/services?audience=young&q=a&q=b"],
    ["/en/services/?free=1&&v=9", "/en/services/?free=1"],
    ["/sv/services?%71=kast", "/sv/services?%71=kast"],
    ["/sv/services?%E0%A4%A=1&q=x", "/sv/services?q=x"],
    ["/sv/municipalities?municipality=Solna&x=1", "/sv/municipalities?municipality=Solna"],
    ["/sv/municipalities/solna?municipality=Solna", "/sv/municipalities/solna"],
    ["/open-data/hsds/services.json?cb=1&lang=en", "/open-data/hsds/services.json?lang=en"],
    ["/open-data/hsds/services.json?lang=en&lang=sv", "/open-data/hsds/services.json?lang=en&lang=sv"],
  ])("%s → %s", (target, expected) => {
    expect(canonicalTarget(target)).toBe(expected);
  });

  it("lists exactly the parameters the routes read", () => {
    const read = (file: string) => readFileSync(file, "utf8");
    const directoryQuery = read("app/utils/directory-query.ts");
    for (const name of SERVICES_QUERY) expect(directoryQuery).toContain(`params.get("${name}")`);
    expect(directoryQuery.match(/params\.get\("/g)).toHaveLength(SERVICES_QUERY.length);
    const municipalities = read("app/routes/$lang.municipalities._index.tsx");
    for (const name of MUNICIPALITIES_QUERY) expect(municipalities).toContain(`searchParams.get("${name}")`);
    expect(read("app/directory/hsds.server.ts")).toContain('searchParams.getAll("lang")');
    expect(OPEN_DATA_QUERY).toContain("lang");
    expect(declaredQuery("/sv/law")).toEqual([]);
  });
});

describe("isValidHost", () => {
  it.each(["example.com", "localhost", "127.0.0.1", "127.0.0.1:3000", "[::1]", "[::1]:3000", "stodlinjer.example:443", "example.com."])(
    "accepts %s",
    (host) => expect(isValidHost(host)).toBe(true),
  );
  it.each(["1.2.3.4.5", "[:::]", "[1.2.3.4]", "x:70000", "256.1.1.1", "a b", "<script>", "user@evil", "example.com/evil", "", "a..b", "-a.example", "x:"])(
    "refuses %s",
    (host) => expect(isValidHost(host)).toBe(false),
  );
  it("refuses nothing it has no value for", () => expect(isValidHost(undefined)).toBe(false));
});

describe("sameSiteLocation", () => {
  it.each([
    ["/sv/", "/sv/"],
    ["/sv/services?q=a\\b", "/sv/services?q=a\\b"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["evil.example", "/"],
    ["/sv/\r\nSet-Cookie: a=b", "/"],
  ])("%s → %s", (location, expected) => expect(sameSiteLocation(location)).toBe(expected));
});

describe("trustProxySetting", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["0", false],
    ["true", true],
    ["1", 1],
    ["loopback", "loopback"],
    ["10.0.0.0/8, 127.0.0.1", "10.0.0.0/8, 127.0.0.1"],
  ] as const)("%s → %s", (value, expected) => expect(trustProxySetting(value)).toEqual(expected));
});
