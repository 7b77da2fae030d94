import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const nav = style({
  marginBlockStart: vars.space.s,
  fontSize: vars.font.sizeS,
  "@media": { print: { display: "none" } },
});

export const list = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  listStyle: "none",
  margin: 0,
  padding: 0,
});

// The separator is drawn, not written, so screen readers do not read it; it mirrors in RTL.
export const item = style({
  display: "inline-flex",
  alignItems: "center",
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
  minHeight: vars.size.target,
});
