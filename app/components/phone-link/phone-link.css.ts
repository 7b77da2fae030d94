import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const item = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.xs,
  marginBlockEnd: vars.space.m,
});

export const description = style({ margin: 0 });

export const number = style({
  display: "inline-flex",
  alignItems: "center",
  alignSelf: "flex-start",
  minHeight: vars.size.target,
  paddingInline: vars.space.m,
  borderRadius: vars.size.radius,
  border: `2px solid ${vars.color.link}`,
  fontSize: vars.font.sizeL,
  fontWeight: 700,
  textDecoration: "none",
  whiteSpace: "nowrap",
  selectors: {
    "&:hover": { background: vars.color.surface },
  },
});

export const professional = style({
  alignSelf: "flex-start",
  paddingInline: vars.space.s,
  borderRadius: vars.size.radius,
  background: vars.color.professionalBg,
  color: vars.color.professional,
  fontWeight: 700,
  fontSize: vars.font.sizeS,
});
