import { swedishNames } from "~/data/swedish-names";
import { isSupportedLanguage, textDirection } from "~/i18n";

/**
 * WCAG 3.1.2 (language of parts) for the whole page at once: in a page in another language, every
 * Swedish name (app/data/swedish-names.ts) in the text of <main> is wrapped in <span lang="sv">, so
 * a screen reader says it in a Swedish voice. Done once on the rendered HTML rather than in each
 * component, so no component that prints a service name, a phone's label or a campaign line can
 * forget it. Only text between tags changes: attributes, scripts, styles and text already inside a
 * lang="sv" element are left as they are.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A name stands alone when no Latin letter or digit touches it ("KASTING" is not KAST). A letter of
 * another script may: Arabic and Tigrinya write a preposition onto the next word ("وKAST",
 * "ብKarolinska"), and the name inside is still Swedish.
 */
const namePattern = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(\\(?)(${swedishNames.map(escape).join("|")})(\\)?)(?![\\p{Script=Latin}\\p{N}])`,
  "gu"
);

/**
 * In a right-to-left page a Swedish name is also a left-to-right island (dir="ltr" isolates it), and a
 * name standing in brackets takes its brackets inside: "شراء فعل جنسي (köp av sexuell handling)" that
 * wraps after "köp av" would otherwise show both halves with an opening bracket, "(köp av" over
 * "(sexuell handling", because the Unicode bidi algorithm gives each bracket the page's direction.
 */
function marker(rightToLeft: boolean) {
  return (_match: string, open: string, name: string, close: string) => {
    if (!rightToLeft) return `${open}<span lang="sv">${name}</span>${close}`;
    if (open && close) return `<span lang="sv" dir="ltr">(${name})</span>`;
    return `${open}<span lang="sv" dir="ltr">${name}</span>${close}`;
  };
}

/** Elements with no end tag: they open nothing. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose text is not prose to mark. */
const RAW = new Set(["script", "style", "textarea", "title", "option"]);

const SWEDISH = new Set(["sv", "lattlast"]);

export function markSwedishNamesInHtml(html: string, language: string): string {
  if (SWEDISH.has(language)) return html;
  const mark = marker(isSupportedLanguage(language) && textDirection(language) === "rtl");
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < start) return html;
  const main = html.slice(start, end);
  // Tokens: a tag, or the text up to the next tag.
  const tokens = main.split(/(<[^>]*>)/);
  /** For each open element: its name and whether it (or an ancestor) says lang="sv" or is raw text. */
  const open: { name: string; skip: boolean }[] = [];
  const out: string[] = [];
  for (const token of tokens) {
    if (token.startsWith("<")) {
      out.push(token);
      const closing = /^<\/([a-zA-Z0-9-]+)/.exec(token);
      if (closing) {
        const name = closing[1]!.toLowerCase();
        // Pop to the matching element (React's HTML is well formed; this also survives stray tags).
        const at = open.map((item) => item.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
        continue;
      }
      const opening = /^<([a-zA-Z0-9-]+)/.exec(token);
      if (!opening || token.startsWith("<!")) continue;
      const name = opening[1]!.toLowerCase();
      if (VOID.has(name) || token.endsWith("/>")) continue;
      const parentSkips = open.length > 0 && open[open.length - 1]!.skip;
      const lang = /\slang="([^"]*)"/.exec(token)?.[1];
      const skip = RAW.has(name) || (lang !== undefined ? lang === "sv" : parentSkips);
      open.push({ name, skip });
      continue;
    }
    const skip = open.length > 0 && open[open.length - 1]!.skip;
    out.push(skip ? token : token.replace(namePattern, mark));
  }
  return html.slice(0, start) + out.join("") + html.slice(end);
}
