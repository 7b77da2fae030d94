import { style } from "@vanilla-extract/css";
import { input } from "~/styles/forms.css";
import { vars } from "~/styles/tokens.css";

export { field, form, input, label, submit } from "~/styles/forms.css";

export const heading = style({ marginBlockStart: 0 });
export const hint = style({ color: vars.color.textMuted, fontSize: vars.font.sizeS });

export const ageInput = style([input, { width: "6em" }]);

export const checks = style({ border: 0, margin: `0 0 ${vars.space.m}`, padding: 0 });

export const check = style({
  display: "flex",
  alignItems: "center",
  gap: vars.space.s,
  minHeight: vars.size.target,
  cursor: "pointer",
});

export const checkbox = style({ width: "1.5rem", height: "1.5rem", margin: 0, flexShrink: 0 });

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
