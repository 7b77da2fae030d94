import { style } from "@vanilla-extract/css";
import { inlineList, targetLink } from "./lists.css";
import { vars } from "./tokens.css";

/** The print hub: one row per printable, its picture beside its links (stacked on a phone). */
export const items = style({ listStyle: "none", margin: 0, padding: 0 });

export const item = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  gap: vars.space.m,
  paddingBlock: vars.space.m,
  borderBlockStart: `1px solid ${vars.color.border}`,
});

export const itemText = style({ flex: "1 1 16rem", minInlineSize: 0 });

export const itemTitle = style({ marginBlockStart: 0 });

export const open = style({ display: "inline-block", paddingBlock: vars.space.xs });

export const format = style({ margin: `0 0 ${vars.space.xs}`, color: vars.color.textMuted });

export const languagesLabel = style({ margin: 0, fontSize: vars.font.sizeS });

export const languages = style([inlineList, { gap: `0 ${vars.space.m}`, fontSize: vars.font.sizeS }]);

export const languageLink = targetLink;

export const address = style({ fontWeight: 700, color: vars.color.brand });
