import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { markSwedishNames } from "./marked-text";

const html = (text: string, language: string) => renderToStaticMarkup(<>{markSwedishNames(text, language)}</>);

describe("markSwedishNames", () => {
  it("marks each Swedish name in another language's text, longest name first", () => {
    expect(html("Call Stödcentrum or Barnahus Stockholm.", "en")).toBe(
      'Call <span lang="sv">Stödcentrum</span> or <span lang="sv">Barnahus Stockholm</span>.'
    );
    expect(html("KAST – Köpare av sexuella tjänster", "en")).toBe('<span lang="sv">KAST – Köpare av sexuella tjänster</span>');
  });

  it("marks names inside right-to-left text", () => {
    expect(html("اتصل بـ Mikamottagningen الآن", "ar")).toBe('اتصل بـ <span lang="sv">Mikamottagningen</span> الآن');
  });

  it("leaves Swedish and easy-to-read Swedish alone, and names inside other words", () => {
    expect(html("Ring Stödcentrum", "sv")).toBe("Ring Stödcentrum");
    expect(html("Ring Stödcentrum", "lattlast")).toBe("Ring Stödcentrum");
    expect(html("KASTING is not KAST", "en")).toBe('KASTING is not <span lang="sv">KAST</span>');
  });
});
