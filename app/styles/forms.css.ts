import { style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/** Form parts shared by every GET form on the site (directory filter, municipality picker). */

export const form = style({
  marginBlock: `${vars.space.m} ${vars.space.l}`,
  padding: vars.space.m,
  background: vars.color.surface,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.size.radius,
});

export const field = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.xs,
  marginBlockEnd: vars.space.m,
});

export const label = style({ fontWeight: 700 });

export const input = style({
  minHeight: vars.size.target,
  maxWidth: "100%",
  padding: `${vars.space.xs} ${vars.space.s}`,
  border: `2px solid ${vars.color.text}`,
  borderRadius: vars.size.radius,
  background: vars.color.page,
  color: vars.color.text,
  font: "inherit",
});

/** A form's primary action: the brand teal, as every call button (one colour for every primary action). */
export const submit = style({
  minHeight: vars.size.callTarget,
  paddingInline: vars.space.l,
  border: `2px solid ${vars.color.brand}`,
  borderRadius: vars.size.radius,
  background: vars.color.brand,
  color: vars.color.brandText,
  font: "inherit",
  fontWeight: 700,
  cursor: "pointer",
  selectors: { "&:hover": { background: vars.color.brandHover, borderColor: vars.color.brandHover } },
});
