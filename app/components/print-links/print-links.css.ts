import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export { inlineList as list, targetLink as link } from "~/styles/lists.css";

export const group = style({ marginBlockEnd: vars.space.l });
export const title = style({ marginBlockEnd: vars.space.xs });
export const intro = style({ marginBlockEnd: vars.space.xs });

export const hubLink = style({
  margin: `${vars.space.m} 0`,
  padding: `${vars.space.s} ${vars.space.m}`,
  background: vars.color.brandTint,
  borderInlineStart: `4px solid ${vars.color.brand}`,
  "@media": { print: { display: "none" } },
});

export const hubAnchor = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.space.s,
  minHeight: vars.size.target,
  fontWeight: 700,
  color: vars.color.brand,
});

export const hubIcon = style({ inlineSize: "24px", blockSize: "24px", flexShrink: 0 });

/*
 * The professionals' journey shows the hub link before its numbers on a wide screen (first screen at
 * 1280 px) and after them on a phone (the numbers first). One of the two is display:none, so neither
 * a screen reader nor the Tab key meets it twice.
 */
const WIDE = "screen and (min-width: 48em)";
export const onlyWide = style({ display: "none", "@media": { [WIDE]: { display: "block" } } });
export const onlyNarrow = style({ "@media": { [WIDE]: { display: "none" } } });
