import { style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/** A row of links that wraps (footer, card languages): no bullets, each link a full touch target. */
export const inlineList = style({
  display: "flex",
  flexWrap: "wrap",
  gap: `0 ${vars.space.l}`,
  listStyle: "none",
  margin: 0,
  padding: 0,
});

/** A link that stands on its own line: at least 44 × 44 px for the finger (WCAG 2.5.5). */
export const targetLink = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
});
