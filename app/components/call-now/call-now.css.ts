import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const box = style({
  marginBlock: `${vars.space.m} ${vars.space.l}`,
  padding: vars.space.m,
  border: `3px solid ${vars.color.link}`,
  borderRadius: vars.size.radius,
});

export const heading = style({ marginBlockStart: 0 });
