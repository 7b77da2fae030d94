import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

const errorRed = vars.color.exit; // the one red: here it marks an error, with words, never alone

export const errorSummary = style({
  marginBlock: `${vars.space.m} ${vars.space.l}`,
  padding: vars.space.m,
  border: `4px solid ${errorRed}`,
  borderRadius: vars.size.radius,
});

export const errorSummaryTitle = style({ marginBlockStart: 0 });

export const errorList = style({ listStyle: "none", margin: 0, padding: 0 });

export const errorLink = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  fontWeight: 700,
  color: errorRed,
  selectors: { "&:visited, &:hover": { color: errorRed } },
});

export const fieldError = style({ margin: 0, color: errorRed, fontWeight: 700 });

export const invalidInput = style({ borderColor: errorRed, borderWidth: "3px" });
