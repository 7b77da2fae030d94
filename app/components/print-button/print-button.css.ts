import { style } from "@vanilla-extract/css";
import { submit } from "~/styles/forms.css";
import { vars } from "~/styles/tokens.css";

/** The page's one action, as a form's primary action (forms.css.ts submit), with its icon beside the words. */
export const button = style([
  submit,
  {
    display: "inline-flex",
    alignItems: "center",
    gap: vars.space.s,
    margin: `0 0 ${vars.space.m}`,
    selectors: { "&[hidden]": { display: "none" } },
    "@media": { print: { display: "none" } },
  },
]);
