import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const nav = style({
  marginBlockStart: vars.space.s,
  fontSize: vars.font.sizeS,
  "@media": { print: { display: "none" } },
});

// Inline, not flex: the current page's name flows on after "Start ›" and wraps as text, instead
// of leaving "Start ›" alone on a line at 320 px.
export const list = style({
  display: "block",
  listStyle: "none",
  margin: 0,
  padding: 0,
});

// The separator is drawn, not written, so screen readers do not read it; it mirrors in RTL.
export const item = style({
  display: "inline",
  selectors: {
    "&:not(:last-child)::after": {
      content: '""',
      display: "inline-block",
      inlineSize: "0.45em",
      blockSize: "0.45em",
      marginInline: vars.space.s,
      borderBlockStart: `2px solid ${vars.color.textMuted}`,
      borderInlineEnd: `2px solid ${vars.color.textMuted}`,
      transform: "rotate(45deg)",
    },
    '[dir="rtl"] &:not(:last-child)::after': { transform: "rotate(-45deg)" },
  },
});

export const link = style({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  verticalAlign: "middle",
});

/**
 * On a phone the current page's name is the heading right below: it is left to screen readers, and
 * the trail shows only the way back ("Start", "Start › Kampanjer"), on one line.
 */
export const current = style({
  "@media": {
    "(max-width: 29.99em)": {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    },
  },
});

globalStyle(`${item}:nth-last-child(2)::after`, { "@media": { "(max-width: 29.99em)": { display: "none" } } });
