import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export { inlineList as list, targetLink as link } from "~/styles/lists.css";

export const group = style({ marginBlockEnd: vars.space.l });
export const title = style({ marginBlockEnd: vars.space.xs });
export const intro = style({ marginBlockEnd: vars.space.xs });
