import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.js";

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? "", values.join(" ")];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const csp = directives(contentSecurityPolicy());

  it("allows only our own origin and nothing inline", () => {
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("style-src")).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it("locks down plugins, base URLs, forms and framing", () => {
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
  });

  it("allows scripts from our own origin only: no inline script, no nonce", () => {
    expect(csp.get("script-src")).toBe("'self'");
    expect(directives(contentSecurityPolicy({ https: true })).get("script-src")).toBe("'self'");
  });

  it("upgrades insecure requests only when served over HTTPS", () => {
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends no referrer and forbids sniffing, framing and powerful features", () => {
    const headers = securityHeaders();
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });

  it("adds HSTS only over HTTPS", () => {
    expect(securityHeaders()["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });
});
