import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";
import { strokeIcon } from "~/styles/icon.css";

/**
 * The main action of every page: solid in the brand colour, white text (9.7:1), at least 48 px
 * tall, full width on phones. A professionals-only number is outlined: quieter, and labelled.
 */
export const button = style({
  display: "flex",
  alignItems: "center",
  gap: vars.space.s,
  inlineSize: "100%",
  maxInlineSize: "26rem",
  minBlockSize: vars.size.callTarget,
  paddingBlock: vars.space.xs,
  paddingInline: vars.space.m,
  border: `2px solid ${vars.color.brand}`,
  borderRadius: vars.size.radius,
  background: vars.color.brand,
  color: vars.color.brandText,
  textDecoration: "none",
  lineHeight: 1.25,
  selectors: {
    "&:visited": { color: vars.color.brandText },
    "&:hover": { background: vars.color.brandHover, borderColor: vars.color.brandHover, color: vars.color.brandText },
  },
  "@media": {
    // Without colours of its own (Windows high contrast) the border still draws the button.
    "(forced-colors: active)": { borderColor: "LinkText" },
    print: { background: "none", color: "#000000", borderColor: "#000000" },
  },
});

export const professional = style({
  background: vars.color.page,
  color: vars.color.brand,
  selectors: {
    "&:visited": { color: vars.color.brand },
    "&:hover": { background: vars.color.brandTint, color: vars.color.brand },
  },
});

/**
 * On a brand-coloured tile (home's "Vem är du?"): white with brand text and border, so the one
 * tap to call still stands out from the tile around it (brand on white 9.7:1).
 */
export const inverse = style({
  background: vars.color.page,
  borderColor: vars.color.page,
  color: vars.color.brand,
  selectors: {
    "&:visited": { color: vars.color.brand },
    "&:hover": { background: vars.color.brandTint, borderColor: vars.color.brandTint, color: vars.color.brand },
  },
});

export const icon = strokeIcon;

export const text = style({ display: "flex", flexDirection: "column", minInlineSize: 0 });

export const who = style({ fontWeight: 700, overflowWrap: "anywhere" });

/**
 * The comma a screen reader hears between who answers and the number. Inline and unseen (not the
 * absolutely placed .visually-hidden, which Chromium would set apart with a space: "KAST , 08…").
 */
export const pause = style({ clipPath: "inset(50%)" });

export const number = style({
  fontSize: vars.font.sizeL,
  fontWeight: 700,
  whiteSpace: "nowrap",
  // The start of the number lines up with the name in right-to-left pages too.
  alignSelf: "flex-start",
  unicodeBidi: "isolate",
});
