import { describe, expect, it } from "vitest";
import { defaultFeedbackEmail } from "./feedback-email";

describe("defaultFeedbackEmail", () => {
  it("is the site's own webmaster (RFC 2142)", () => {
    expect(defaultFeedbackEmail("https://stodlinjer.se")).toBe("webmaster@stodlinjer.se");
    expect(defaultFeedbackEmail("https://www.example.org:8443")).toBe("webmaster@www.example.org");
    expect(defaultFeedbackEmail("http://127.0.0.1:3000")).toBe("webmaster@[127.0.0.1]");
    expect(defaultFeedbackEmail("http://[::1]:3000")).toBeNull();
  });
});
