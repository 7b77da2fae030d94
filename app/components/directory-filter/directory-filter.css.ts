import { style } from "@vanilla-extract/css";
import { input } from "~/styles/forms.css";
import { vars } from "~/styles/tokens.css";

export { field, form, input, label, submit } from "~/styles/forms.css";

export const heading = style({ marginBlockStart: 0 });
export const hint = style({ color: vars.color.textMuted, fontSize: vars.font.sizeS });

export const ageInput = style([input, { width: "6em" }]);

export const checks = style({ border: 0, margin: `0 0 ${vars.space.m}`, padding: 0 });

/** "Vem är du?" as radios: a fieldset without a frame, its legend set as a field's label. */
export const choices = style([checks, { minInlineSize: 0 }]);

export const check = style({
  display: "flex",
  alignItems: "center",
  gap: vars.space.s,
  minHeight: vars.size.target,
  cursor: "pointer",
});

export const checkbox = style({ width: "1.5rem", height: "1.5rem", margin: 0, flexShrink: 0 });

// The error styles are the error summary's (components/error-summary), shared with the municipality form.
export { errorLink, errorList, errorSummary, errorSummaryTitle, fieldError, invalidInput } from "~/components/error-summary/error-summary.css";
