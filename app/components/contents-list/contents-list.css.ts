import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const nav = style({ marginBlock: `${vars.space.l} ${vars.space.xl}` });

export const heading = style({ fontSize: vars.font.sizeH3, marginBlock: `0 ${vars.space.xs}` });

/** One column on phones; two on wide screens, so a list of nine is not a screen of its own. */
export const list = style({
  listStyle: "none",
  margin: 0,
  padding: 0,
  "@media": { "(min-width: 40em)": { columns: 2, columnGap: vars.space.l } },
});

export const item = style({
  position: "relative",
  paddingInlineStart: "1.5rem",
  breakInside: "avoid",
});

// GOV.UK's dash before each entry: decoration, not read out.
globalStyle(`${item}::before`, {
  content: '"—" / ""',
  position: "absolute",
  insetInlineStart: 0,
  insetBlockStart: "0.5rem",
  color: vars.color.textMuted,
  lineHeight: 1.5,
});

/**
 * A full 44 px target for a finger (each link stands alone on its line). A block, not a flex box:
 * a heading with marked Swedish words in it ("(sekretess)") is several pieces, and a flex box
 * would keep them on one line past the edge of a phone.
 */
export const link = style({
  display: "block",
  minBlockSize: vars.size.target,
  minInlineSize: vars.size.target,
  paddingBlock: "0.5rem",
});
