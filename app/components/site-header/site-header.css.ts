import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const header = style({
  borderBlockEnd: `1px solid ${vars.color.border}`,
  "@media": { print: { borderBlockEnd: "none" } },
});

export const inner = style({
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `${vars.space.s} ${vars.space.m}`,
});

export const top = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  justifyContent: "space-between",
  gap: vars.space.s,
});

export const siteName = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  fontSize: vars.font.sizeL,
  fontWeight: 700,
  color: vars.color.text,
  textDecoration: "none",
  selectors: { "&:visited, &:hover": { color: vars.color.text } },
});

export const tagline = style({
  margin: 0,
  color: vars.color.textMuted,
  fontSize: vars.font.sizeS,
});

export const navList = style({
  display: "flex",
  flexWrap: "wrap",
  gap: `0 ${vars.space.m}`,
  listStyle: "none",
  margin: `${vars.space.s} 0 0`,
  padding: 0,
  "@media": { print: { display: "none" } },
});

export const navLink = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  selectors: {
    '&[aria-current="page"]': { fontWeight: 700 },
  },
});
