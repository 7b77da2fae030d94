import { style } from "@vanilla-extract/css";
import { barWidth, wide } from "~/components/site-header/site-header.css";
import { vars } from "~/styles/tokens.css";

/** Sticky at the top and in normal flow, so it never lies over content; hidden in print. */
export const bar = style({
  position: "sticky",
  insetBlockStart: 0,
  zIndex: 100,
  background: vars.color.bar,
  color: vars.color.barText,
  // Forced colours drop the background: a transparent border then draws the bar's edge.
  borderBlockEnd: "2px solid transparent",
  "@media": {
    print: { display: "none" },
    // On a short screen (a phone held sideways, large text) the bar scrolls away with the page.
    "(max-height: 25em)": { position: "static" },
  },
});

// One row at every width and in every language: a long label wraps inside its own button
// (two lines of 15 px still fit the 44 px target) instead of the bar growing a second row.
export const inner = style({
  display: "flex",
  flexWrap: "nowrap",
  alignItems: "center",
  justifyContent: "space-between",
  gap: vars.space.s,
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `${vars.space.xs} ${vars.space.s}`,
  // As wide as the header's row below it, so the quick exit sits above the language button.
  "@media": { "(min-width: 30em)": { paddingInline: vars.space.m }, [wide]: { maxWidth: barWidth } },
});

/**
 * "In danger?" in the bar's text colour, not underlined (an inline-block stops the link's
 * underline); on the narrowest screens it is left to screen readers, so the bar keeps to one row.
 */
export const question = style({
  display: "inline-block",
  marginInlineEnd: vars.space.s,
  color: vars.color.barText,
  fontWeight: 400,
  "@media": {
    "(max-width: 26em)": {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    },
  },
});

export const emergencyLink = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  paddingInline: vars.space.xs,
  fontSize: vars.font.sizeS,
  color: vars.color.emergency,
  fontWeight: 700,
  // Only "Call 112" is underlined: "In danger?" is the question before it.
  textDecoration: "none",
  selectors: {
    "&:visited, &:hover": { color: vars.color.emergency },
  },
});

export const call = style({ textDecoration: "underline" });
