import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const note = style({
  marginBlock: vars.space.s,
  padding: `${vars.space.xs} ${vars.space.s}`,
  borderInlineStart: `4px solid ${vars.color.border}`,
  color: vars.color.textMuted,
  fontSize: vars.font.sizeS,
  "@media": { print: { display: "none" } },
});

export const link = style({ display: "inline-flex", alignItems: "center", minHeight: vars.size.target });
