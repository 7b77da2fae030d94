import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { swedishNames } from "~/data/swedish-names";
import { supportedLanguages } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import { expect, test } from "./fixtures";
import { templatePaths } from "./routes";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * WCAG 3.1.2, the language of parts: in a page in another language, each Swedish name (services,
 * authorities: app/data/swedish-names.ts) is inside an element with lang="sv", so a screen reader
 * reads it in a Swedish voice; and nothing written in the page's language carries lang="sv" (the
 * draft note's "Read this page in Swedish" link once did). Every route template, every language.
 */
const translated = supportedLanguages.filter((language) => language !== "sv" && language !== "lattlast");
/**
 * The Swedish name a text holds, found by position, not by a copy of the app's pattern
 * (app/utils/mark-swedish-names.server.ts): every place the name occurs counts unless a Latin letter
 * or a digit continues it on either side ("anonym" in "anonymous" is an English word; a letter of
 * another script joined to it, Tigrinya "ብJämställdhetsmyndigheten", leaves it Swedish).
 */
const continues = (character: string | undefined) => character !== undefined && /[\p{Script=Latin}\p{N}]/u.test(character);
function swedishNameIn(text: string): string | undefined {
  for (const name of swedishNames) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const before = [...text.slice(0, at)].at(-1);
      const after = [...text.slice(at + name.length)][0];
      if (!continues(before) && !continues(after)) return name;
    }
  }
  return undefined;
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Walks the tree carrying the nearest lang, calling visit for every text node under <main>. */
function walk(node: Node, lang: string, inMain: boolean, visit: (text: string, lang: string, parent: Element) => void) {
  if (isElement(node)) {
    if (node.tagName === "script" || node.tagName === "style") return;
    const own = node.attrs.find((attr) => attr.name === "lang")?.value;
    const here = own ?? lang;
    const main = inMain || node.tagName === "main";
    for (const child of node.childNodes) {
      if (child.nodeName === "#text" && main) visit((child as DefaultTreeAdapterMap["textNode"]).value, here, node);
      else walk(child, here, main, visit);
    }
    if ("content" in node && node.content) walk(node.content as unknown as Node, here, main, visit);
  } else if ("childNodes" in node) {
    for (const child of (node as { childNodes: Node[] }).childNodes) walk(child, lang, inMain, visit);
  }
}

for (const language of translated) {
  test(`${language}: Swedish names are marked lang="sv", the page's own words are not`, async ({ request }) => {
    const problems: string[] = [];
    for (const path of templatePaths) {
      const html = await (await request.get(`/${language}${path}`)).text();
      walk(parse(html), "", false, (text, lang, parent) => {
        const name = swedishNameIn(text);
        if (name && lang !== "sv") problems.push(`${path}: "${name}" in <${parent.tagName}> has lang="${lang}"`);
      });
      const note = html.match(/<p[^>]*data-translation-note[^>]*>[\s\S]*?<\/p>/)?.[0] ?? "";
      expect(note, `${path}: a draft says so`).not.toBe("");
      expect(note, `${path}: the note's link is in the page's language`).not.toMatch(/<a[^>]*\slang="sv"/);
      expect(html).toContain(`<html lang="${languageTag(language)}"`);
    }
    expect(problems).toEqual([]);
  });
}

/**
 * A Swedish term in brackets inside right-to-left text reads as one left-to-right phrase: its "("
 * stands just left of its first letter and its ")" just right of its last, also where the phrase
 * wraps (at 320 px "شراء فعل جنسي (köp av sexuell handling)" once showed "(köp av" over
 * "(sexuell handling"). Measured on the glyphs, whatever the markup.
 */
for (const language of ["ar", "fa"] as const) {
  test(`${language}: a bracketed Swedish term keeps its brackets around it, also when it wraps (320 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    let checked = 0;
    for (const path of ["/law", "/help/professionals", "/help/selling", "/help/close-to-someone", "/anonymity", "/print/relatives-poster"]) {
      await page.goto(`/${language}${path}`);
      const found = await page.evaluate((names) => {
        const main = document.querySelector("main")!;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; start: number }[] = [];
        let text = "";
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: text.length });
          text += node.data;
        }
        /** The box of the character at an offset of the page's text. */
        const box = (offset: number) => {
          const at = [...nodes].reverse().find((item) => item.start <= offset)!;
          const range = document.createRange();
          range.setStart(at.node, offset - at.start);
          range.setEnd(at.node, offset - at.start + 1);
          return range.getClientRects()[0]!;
        };
        const wrong: string[] = [];
        let seen = 0;
        for (const name of names) {
          for (let at = text.indexOf(`(${name})`); at !== -1; at = text.indexOf(`(${name})`, at + 1)) {
            const open = box(at);
            const first = box(at + 1);
            const last = box(at + name.length);
            const close = box(at + name.length + 1);
            if (open.width === 0 || close.width === 0) continue; // not shown (a hidden copy)
            seen += 1;
            const sameLine = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < a.height / 2;
            if (!sameLine(open, first) || open.right > first.left + 1) wrong.push(`"(" not before ${name}`);
            if (!sameLine(close, last) || close.left < last.right - 1) wrong.push(`")" not after ${name}`);
          }
        }
        return { wrong, seen };
      }, [...swedishNames].sort((a, b) => b.length - a.length));
      expect(found.wrong, `${language}${path}`).toEqual([]);
      checked += found.seen;
    }
    expect(checked, "bracketed Swedish terms found and measured").toBeGreaterThan(5);
  });
}
