import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const box = style({
  marginBlock: `${vars.space.s} ${vars.space.m}`,
  padding: `${vars.space.s} ${vars.space.m}`,
  borderInlineStart: `4px solid ${vars.color.brand}`,
  background: vars.color.brandTint,
});

export const heading = style({ margin: 0, fontWeight: 700 });

export const list = style({ listStyle: "none", margin: 0, padding: 0 });

export const item = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: vars.space.s,
});

export const link = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.space.xs,
  minBlockSize: vars.size.target,
  minInlineSize: vars.size.target,
  fontWeight: 700,
  whiteSpace: "nowrap",
});

export const icon = style({
  inlineSize: "1.25rem",
  blockSize: "1.25rem",
  flexShrink: 0,
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinejoin: "round",
});
