import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const details = style({
  "@media": { print: { display: "none" } },
});

export const summary = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.space.s,
  minHeight: vars.size.target,
  paddingInline: vars.space.s,
  border: `2px solid ${vars.color.link}`,
  borderRadius: vars.size.radius,
  color: vars.color.link,
  fontWeight: 700,
  cursor: "pointer",
  listStyle: "none",
  selectors: {
    "&::-webkit-details-marker": { display: "none" },
    "&:hover": { background: vars.color.surface },
  },
});

export const icon = style({
  inlineSize: "1.25em",
  blockSize: "1.25em",
  flexShrink: 0,
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.5,
});

export const english = style({
  fontWeight: 400,
  selectors: { "&::before": { content: '"/ "' } },
});

export const list = style({
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(8rem, 1fr))",
  gap: `0 ${vars.space.s}`,
  listStyle: "none",
  margin: `${vars.space.s} 0 0`,
  padding: 0,
});

// inline-flex: a right-to-left name (العربية) stays at the start of its cell like the others.
export const link = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  paddingInline: vars.space.s,
  selectors: {
    '&[aria-current="true"]': { fontWeight: 700, textDecoration: "none", color: vars.color.text },
  },
});

// Open, the list takes the whole width of the header row below the site name.
globalStyle(`${details}[open]`, { flexBasis: "100%" });
