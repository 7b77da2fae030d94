import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const footer = style({
  marginBlockStart: vars.space.xl,
  borderBlockStart: `1px solid ${vars.color.border}`,
  background: vars.color.surface,
  fontSize: vars.font.sizeS,
});

export const inner = style({
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `${vars.space.l} ${vars.space.m}`,
});

export const links = style({
  display: "flex",
  flexWrap: "wrap",
  gap: `0 ${vars.space.l}`,
  listStyle: "none",
  margin: 0,
  padding: 0,
  "@media": { print: { display: "none" } },
});

export const link = style({ display: "inline-flex", alignItems: "center", minHeight: vars.size.target });
