import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const list = style({
  display: "grid",
  gap: vars.space.s,
  listStyle: "none",
  margin: `0 0 ${vars.space.l}`,
  padding: 0,
});

export const choice = style({
  display: "flex",
  alignItems: "center",
  minHeight: "3.5rem",
  padding: `${vars.space.s} ${vars.space.m}`,
  border: `2px solid ${vars.color.link}`,
  borderRadius: vars.size.radius,
  background: vars.color.page,
  fontSize: vars.font.sizeL,
  fontWeight: 700,
  textDecoration: "none",
  selectors: {
    "&:hover": { background: vars.color.surface, textDecoration: "underline" },
  },
});
