import { style } from "@vanilla-extract/css";
import { inlineList } from "~/styles/lists.css";
import { vars } from "~/styles/tokens.css";

export const footer = style({
  marginBlockStart: vars.space.xl,
  borderBlockStart: `1px solid ${vars.color.border}`,
  background: vars.color.surface,
  fontSize: vars.font.sizeS,
});

export const inner = style({
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `${vars.space.l} ${vars.space.m}`,
});

export const links = style([inlineList, { "@media": { print: { display: "none" } } }]);

export { targetLink as link } from "~/styles/lists.css";

export const publisher = style({ fontWeight: 700 });
