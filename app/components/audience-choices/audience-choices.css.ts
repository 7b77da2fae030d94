import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

/**
 * Home's "Vem är du?": confident blocks in the brand colour (as UMO and 1177 do), one per
 * audience, each carrying the numbers its page starts with. One column on phones, two on wide
 * screens, so all five and their numbers fit a laptop's first screen.
 */
export const list = style({
  display: "grid",
  gap: vars.space.s,
  listStyle: "none",
  margin: `0 0 ${vars.space.l}`,
  padding: 0,
  "@media": {
    "(min-width: 40em)": { gridTemplateColumns: "1fr 1fr", gap: vars.space.m },
    // On a laptop three to a row, in the band (app/styles/home.css.ts): all five ways in and
    // their numbers on a 1280 × 800 first screen.
    "(min-width: 64em)": { gridTemplateColumns: "1fr 1fr 1fr" },
  },
  // Each tile as tall as its own numbers: no empty blocks of colour.
  alignItems: "start",
});

export const tile = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.s,
  padding: `${vars.space.xs} ${vars.space.s} ${vars.space.s}`,
  borderRadius: vars.size.radius,
  background: vars.color.brand,
  color: vars.color.brandText,
  "@media": {
    "(min-width: 40em)": { padding: `${vars.space.s} ${vars.space.m} ${vars.space.m}` },
    // Without colours of its own the tile keeps an edge.
    "(forced-colors: active)": { border: "2px solid CanvasText" },
  },
});

/** The way to one's own page: the tile's heading-sized link, white on the brand colour (9.7:1). */
export const choice = style({
  display: "flex",
  alignItems: "center",
  justifyContent: "space-between",
  gap: vars.space.s,
  minBlockSize: vars.size.callTarget,
  color: vars.color.brandText,
  fontSize: vars.font.sizeM,
  fontWeight: 700,
  lineHeight: 1.25,
  "@media": { "(min-width: 40em)": { fontSize: vars.font.sizeH3 } },
  textDecoration: "underline",
  textDecorationThickness: "1px",
  textUnderlineOffset: "0.15em",
  selectors: {
    "&:visited": { color: vars.color.brandText },
    "&:hover": { color: vars.color.brandText, textDecorationThickness: "3px" },
  },
});

export const chevron = style({
  inlineSize: "1.5rem",
  blockSize: "1.5rem",
  flexShrink: 0,
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2.5,
  strokeLinecap: "round",
  strokeLinejoin: "round",
});

// The chevron points onwards: to the left in Arabic and Persian.
globalStyle(`[dir="rtl"] ${chevron}`, { transform: "scaleX(-1)" });

export const number = style({ display: "flex", flexDirection: "column", gap: vars.space.xs });

/** Which of two numbers to call ("Om personen nära dig säljer sex"): right above its button. */
export const forLine = style({ margin: 0, fontSize: vars.font.sizeS, fontWeight: 700 });

/** The cell for everyone (national lines and 112): the tint, not a tile, so it is not read as a sixth audience. */
export const everyone = style({});

globalStyle(`${everyone} > section`, { margin: 0, background: vars.color.page });
