import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const quickExit = style({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingInline: vars.space.s,
  paddingBlock: vars.space.xs,
  borderRadius: vars.size.radius,
  border: `2px solid ${vars.color.exitText}`,
  background: vars.color.exit,
  color: vars.color.exitText,
  fontWeight: 700,
  textAlign: "center",
  textDecoration: "none",
  lineHeight: 1.2,
  fontSize: vars.font.sizeS,
  // One row with "Call 112" even at 320 px; roomier from 30em up.
  "@media": { "(min-width: 30em)": { paddingInline: vars.space.m, fontSize: vars.font.sizeM } },
  selectors: {
    "&:visited": { color: vars.color.exitText },
    "&:hover": { background: vars.color.exitHover, color: vars.color.exitText },
  },
});
