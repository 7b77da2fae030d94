import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const skipLink = style({
  position: "absolute",
  insetInlineStart: vars.space.s,
  insetBlockStart: "-10rem",
  zIndex: 1001,
  padding: `${vars.space.s} ${vars.space.m}`,
  minHeight: vars.size.target,
  background: vars.color.focus,
  color: vars.color.focusText,
  fontWeight: 700,
  selectors: {
    "&:focus, &:visited": { color: vars.color.focusText },
    "&:focus": { insetBlockStart: vars.space.s },
  },
});
