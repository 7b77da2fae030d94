import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const wordmark = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.space.s,
  color: vars.color.brand,
});

export const icon = style({
  inlineSize: "2rem",
  blockSize: "2rem",
  flexShrink: 0,
});

export const name = style({
  fontWeight: 700,
  letterSpacing: "-0.01em",
  color: vars.color.brand,
});
