import { describe, expect, it } from "vitest";
import { canonicalPath } from "../../server/canonical-path.js";
import { isLoopbackHost } from "../../server/origin.js";

describe("canonicalPath: one address per page", () => {
  it.each([
    // Already canonical: unchanged.
    ["/", "/"],
    ["/sv/", "/sv/"],
    ["/sv/law", "/sv/law"],
    ["/sv/services/kast", "/sv/services/kast"],
    ["/build/css-bundle-3UDFDGZ5.css", "/build/css-bundle-3UDFDGZ5.css"],
    ["/open-data/hsds/services/kast.json", "/open-data/hsds/services/kast.json"],
    ["/sv/%C3%B6", "/sv/%C3%B6"],
    ["/sv/a%2Fb", "/sv/a%2Fb"],
    // Dot segments, raw or percent-encoded (RFC 3986 §5.2.4).
    ["/sv/zz1/../law", "/sv/law"],
    ["/sv/./law", "/sv/law"],
    ["/sv/services/.", "/sv/services"],
    ["/sv/services/..", "/sv/"],
    ["/sv/%2e%2e/%2E%2E/etc/passwd", "/etc/passwd"],
    ["/../../etc/passwd", "/etc/passwd"],
    ["/..", "/"],
    ["/sv/law/.%2E/anonymity", "/sv/anonymity"],
    // Percent-encoded letters, digits and - . _ ~ are the characters themselves; other escapes upper case.
    ["/%73v/", "/sv/"],
    ["/sv/l%61w", "/sv/law"],
    ["/sv/%c3%b6", "/sv/%C3%B6"],
    ["/sv/%7e", "/sv/~"],
    // Slashes and backslashes.
    ["//sv//law", "/sv/law"],
    ["/sv\\services\\kast", "/sv/services/kast"],
    ["//\\evil.example", "/evil.example"],
    // Capitals in a page's address; a file keeps its name.
    ["/SV/LAW", "/sv/law"],
    ["/S%56/x", "/sv/x"],
    ["/sv/Services/KAST", "/sv/services/kast"],
    ["/build/CSS-X.css", "/build/CSS-X.css"],
    ["/sv/%C3%96PPET", "/sv/%C3%96ppet"],
    // A trailing slash after two or more segments.
    ["/sv/law/", "/sv/law"],
    ["/sv/services/kast/", "/sv/services/kast"],
  ])("%s → %s", (raw, expected) => {
    expect(canonicalPath(raw)).toBe(expected);
  });

  it("never makes a path that starts with // or /\\", () => {
    for (const raw of ["//", "///x", "/\\x", "/%2e%2e//x", "/./\\/x", "/x/..//y", "/%5C%5Cx"]) {
      expect(canonicalPath(raw), raw).toMatch(/^\/(?![/\\])/);
    }
  });

  it("is idempotent", () => {
    for (const raw of ["/SV/zz/../Law/", "/%73v/%2e/x", "/sv//a/./b/../c/"]) {
      expect(canonicalPath(canonicalPath(raw))).toBe(canonicalPath(raw));
    }
  });
});

describe("isLoopbackHost", () => {
  it.each(["localhost", "localhost:3000", "127.0.0.1", "127.0.0.1:4200", "127.1.2.3", "[::1]", "[::1]:3000", "::1", "::ffff:127.0.0.1"])(
    "%s is this machine",
    (value) => expect(isLoopbackHost(value)).toBe(true),
  );
  it.each([undefined, "", "stodlinjer.example", "10.0.0.1", "128.0.0.1", "[::2]", "localhost.evil.example", "127.0.0.1.evil.example"])(
    "%s is not",
    (value) => expect(isLoopbackHost(value)).toBe(false),
  );
});
