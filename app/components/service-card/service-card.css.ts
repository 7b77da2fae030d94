import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const list = style({ listStyle: "none", margin: 0, padding: 0 });

export const card = style({
  marginBlockEnd: vars.space.m,
  padding: vars.space.m,
  borderInlineStart: `4px solid ${vars.color.brand}`,
  background: vars.color.surface,
});

export const title = style({ marginBlock: `0 ${vars.space.s}` });

export const titleLink = style({
  display: "inline-block",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingBlock: vars.space.s,
});

export const note = style({ color: vars.color.textMuted });
