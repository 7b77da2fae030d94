import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

/**
 * Out of sight until focused; then a full-width strip in the page's flow, above the safety bar,
 * so it never covers the quick exit or 112.
 */
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
    "&:focus": { position: "static", display: "block" },
  },
});
