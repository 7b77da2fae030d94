import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const status = style({
  marginBlock: `${vars.space.m} ${vars.space.l}`,
  padding: vars.space.m,
  borderInlineStart: `6px solid ${vars.color.brand}`,
  background: vars.color.surface,
});

export const statusLabel = style({ fontWeight: 700, fontSize: vars.font.sizeL });
