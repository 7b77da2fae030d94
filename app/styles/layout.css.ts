import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

export const main = style({
  display: "block",
  maxWidth: vars.size.content,
  marginInline: "auto",
  padding: `0 ${vars.space.m}`,
  outline: "none",
});

/**
 * Body of a printable poster or card page: in print only the sheet itself comes out — no skip
 * link, safety bar, header, footer, breadcrumbs or instructions (marked data-screen-only).
 */
export const printSheet = style({});

globalStyle(`${printSheet} > :not(main), ${printSheet} [data-screen-only]`, {
  "@media": { print: { display: "none" } },
});

globalStyle(`${printSheet} > main`, {
  "@media": { print: { maxWidth: "none", padding: 0 } },
});
