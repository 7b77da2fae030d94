import { globalStyle } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/** Element defaults. Logical properties only (inline/block), so right-to-left mirrors itself. */

globalStyle("*, *::before, *::after", { boxSizing: "border-box" });

globalStyle("html", {
  fontFamily: vars.font.body,
  fontSize: "100%",
  lineHeight: vars.font.lineHeight,
  color: vars.color.text,
  background: vars.color.page,
  WebkitTextSizeAdjust: "100%",
  // One colour for every primary action and choice: checkboxes and radio buttons in the brand teal.
  accentColor: vars.color.brand,
  // Keep focused and anchored elements (the skip link's #main) clear of the sticky safety bar,
  // sized from the bar's real height at its tallest: at 320 px with WCAG 1.4.12 text spacing
  // its two parts wrap to two rows of 44 px targets (106 px), so the padding covers two rows.
  scrollPaddingBlockStart: "calc(2 * 44px + 2rem)",
});

globalStyle("body", { margin: 0, fontSize: vars.font.sizeM, overflowWrap: "break-word" });

// Balanced lines: no word left alone on a heading's last line ("Du som är under 18 / år").
globalStyle("h1, h2, h3", { lineHeight: 1.25, marginBlock: `${vars.space.l} ${vars.space.s}`, textWrap: "balance" });
globalStyle("h1", {
  fontSize: vars.font.sizeXLPhone,
  marginBlockStart: vars.space.m,
  "@media": { "(min-width: 40em)": { fontSize: vars.font.sizeXL } },
});
globalStyle("h2", { fontSize: vars.font.sizeL });
globalStyle("h3", { fontSize: vars.font.sizeH3 });
globalStyle("p, ul, ol, dl", { marginBlock: `0 ${vars.space.m}` });
// No single word alone on a paragraph's last line, where the browser can avoid it.
globalStyle("p, li", { textWrap: "pretty" });
globalStyle("ul, ol", { paddingInlineStart: vars.space.l });

globalStyle("a", { color: vars.color.link, textDecorationThickness: "1px", textUnderlineOffset: "0.15em" });
globalStyle("a:visited", { color: vars.color.linkVisited });
globalStyle("a:hover", { color: vars.color.linkHover, textDecorationThickness: "3px" });

// One visible focus style for everything focusable: yellow ring with a dark edge.
globalStyle(":focus-visible", {
  outline: `3px solid ${vars.color.focus}`,
  outlineOffset: 0,
  boxShadow: `0 0 0 6px ${vars.color.focusText}`,
});

// Cover shown by /quick-exit.js the moment Shift×3 or the exit button is used.
globalStyle(".quick-exit-cover", {
  position: "fixed",
  inset: 0,
  zIndex: 1000,
  background: vars.color.page,
});

globalStyle(".visually-hidden", {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
});

globalStyle("bdi, .ltr", { unicodeBidi: "isolate" });

// Paper: A4 with a margin most printers can print to (posters and card sheets are sized for it).
globalStyle("@page", { size: "A4", margin: "12mm" } as Parameters<typeof globalStyle>[1]);

globalStyle("html", { "@media": { print: { scrollPaddingBlockStart: 0 } } });
globalStyle("body", { "@media": { print: { background: "#ffffff", color: "#000000" } } });
