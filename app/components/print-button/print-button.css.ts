import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

/** The page's one action: solid in the brand colour (white on teal 9.7:1), 48 px tall. */
export const button = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.space.s,
  minHeight: vars.size.callTarget,
  margin: `0 0 ${vars.space.m}`,
  paddingInline: vars.space.l,
  border: `2px solid ${vars.color.brand}`,
  borderRadius: vars.size.radius,
  background: vars.color.brand,
  color: vars.color.brandText,
  font: "inherit",
  fontWeight: 700,
  cursor: "pointer",
  selectors: {
    "&[hidden]": { display: "none" },
    "&:hover": { background: vars.color.brandHover, borderColor: vars.color.brandHover },
  },
  "@media": { print: { display: "none" } },
});
