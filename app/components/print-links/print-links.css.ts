import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const group = style({ marginBlockEnd: vars.space.l });
export const title = style({ marginBlockEnd: vars.space.xs });
export const intro = style({ marginBlockEnd: vars.space.xs });

export const list = style({
  display: "flex",
  flexWrap: "wrap",
  gap: `0 ${vars.space.m}`,
  listStyle: "none",
  margin: 0,
  padding: 0,
});

export const link = style({ display: "inline-flex", alignItems: "center", minHeight: vars.size.target });
