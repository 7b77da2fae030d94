import { style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

export const main = style({
  display: "block",
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `0 ${vars.space.m}`,
  outline: "none",
});
