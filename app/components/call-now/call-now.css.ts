import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

/** The numbers first: a calm band in the brand tint, right under the page's heading. */
export const box = style({
  marginBlock: `${vars.space.s} ${vars.space.l}`,
  padding: "0.75rem",
  borderRadius: vars.size.radius,
  background: vars.color.brandTint,
  borderInlineStart: `4px solid ${vars.color.brand}`,
  "@media": {
    "(min-width: 30em)": { padding: vars.space.m },
    "(forced-colors: active)": { border: "2px solid CanvasText" },
  },
});

export const heading = style({ marginBlock: `0 ${vars.space.s}`, color: vars.color.brand });

/** Inside a section: the same band, a little tighter, its heading the size of an h3. */
export const inSection = style({
  marginBlock: `${vars.space.m} ${vars.space.l}`,
  padding: "0.75rem",
});

// No gap under the last number: the band's own padding ends it.
globalStyle(`${box} > :last-child`, { marginBlockEnd: 0 });

/**
 * The numbers: one under the other on a phone; side by side on a wide screen, so two numbers to
 * choose between (with the line above each) are read together and three fit the first screen.
 */
export const numbers = style({
  "@media": {
    "(min-width: 40em)": {
      display: "grid",
      gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))",
      gap: vars.space.m,
      // The buttons line up even when the lines above them differ in length.
      alignItems: "end",
      marginBlockEnd: vars.space.m,
    },
  },
});

globalStyle(`${numbers} > *`, { "@media": { "(min-width: 40em)": { marginBlockEnd: 0 } } });
globalStyle(`${numbers}:last-child > :last-child`, { marginBlockEnd: 0 });
