import { describe, expect, it } from "vitest";
import { markSwedishNamesInHtml } from "./mark-swedish-names.server";

const page = (main: string) => `<html lang="en"><head><title>KAST</title></head><body><p>KAST</p><main id="main">${main}</main></body></html>`;

describe("markSwedishNamesInHtml", () => {
  it("marks every Swedish name in <main>'s text, longest first, and nothing outside <main>", () => {
    expect(markSwedishNamesInHtml(page("<p>Call Stödcentrum or Barnahus Stockholm.</p>"), "en")).toBe(
      page('<p>Call <span lang="sv">Stödcentrum</span> or <span lang="sv">Barnahus Stockholm</span>.</p>')
    );
  });

  it("leaves attributes, scripts and text already in Swedish alone", () => {
    const main =
      '<a href="/en/services/kast" aria-label="KAST">x</a><script type="application/ld+json">{"name":"KAST"}</script><span lang="sv">KAST <b>BRIS</b></span>';
    expect(markSwedishNamesInHtml(page(main), "en")).toBe(page(main));
  });

  it("marks names in right-to-left text and after void elements", () => {
    expect(markSwedishNamesInHtml(page("<p>اتصل<br/>بـ Mikamottagningen</p>"), "ar")).toBe(
      page('<p>اتصل<br/>بـ <span lang="sv">Mikamottagningen</span></p>')
    );
  });

  it("marks a name a preposition of another script is written onto (Arabic و, Tigrinya ብ)", () => {
    expect(markSwedishNamesInHtml(page("<p>Mikamottagningen وKAST</p>"), "ar")).toBe(
      page('<p><span lang="sv">Mikamottagningen</span> و<span lang="sv">KAST</span></p>')
    );
    expect(markSwedishNamesInHtml(page("<p>ብKarolinska Universitetssjukhuset</p>"), "ti")).toBe(
      page('<p>ብ<span lang="sv">Karolinska Universitetssjukhuset</span></p>')
    );
  });

  it("changes nothing in Swedish or easy-to-read Swedish, nor names inside other words", () => {
    expect(markSwedishNamesInHtml(page("<p>Ring KAST</p>"), "sv")).toBe(page("<p>Ring KAST</p>"));
    expect(markSwedishNamesInHtml(page("<p>Ring KAST</p>"), "lattlast")).toBe(page("<p>Ring KAST</p>"));
    expect(markSwedishNamesInHtml(page("<p>KASTING</p>"), "en")).toBe(page("<p>KASTING</p>"));
  });
});
