import { style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/**
 * Home's title is the site's purpose; on a phone it is set one step smaller than other pages'
 * titles so that "Vem är du?" and the first two tiles with their numbers share the first screen
 * in every language (Somali's title is five lines at 28 px).
 */
export const title = style({
  fontSize: vars.font.sizeL,
  marginBlockEnd: 0,
  "@media": { "(min-width: 40em)": { fontSize: vars.font.sizeXLPhone } },
});

/**
 * "Vem är du?" and its tiles. On a laptop a band in the brand tint across the whole window, its
 * content 60rem wide (wider than the 44rem text column, centred on it): three tiles to a row.
 * The tint reaches the window's edges by a shadow clipped to the band's height (no overflow).
 */
export const choose = style({
  "@media": {
    "(min-width: 64em)": {
      marginInline: "-9rem",
      marginBlock: `${vars.space.m} ${vars.space.l}`,
      paddingBlock: `${vars.space.xs} ${vars.space.s}`,
      background: vars.color.brandTint,
      boxShadow: `0 0 0 100vmax ${vars.color.brandTint}`,
      clipPath: "inset(0 -100vmax)",
    },
  },
});

export const chooseHeading = style({ marginBlockStart: vars.space.s });
