import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const list = style({
  display: "flex",
  flexWrap: "wrap",
  gap: vars.space.xs,
  listStyle: "none",
  margin: 0,
  padding: 0,
});

export const link = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingInline: vars.space.s,
  selectors: {
    '&[aria-current="true"]': { fontWeight: 700, textDecoration: "none", color: vars.color.text },
  },
});
