import { globalStyle, style } from "@vanilla-extract/css";

// Sizes include the quiet zone of four modules that qrCodeSvg() draws: the minimums are
// 60 mm on a poster and 22 mm on a card.
const base = style({ flexShrink: 0, background: "#ffffff", lineHeight: 0 });

export const poster = style([
  base,
  { inlineSize: "55mm", blockSize: "55mm", "@media": { print: { inlineSize: "61mm", blockSize: "61mm" } } },
]);
export const card = style([base, { inlineSize: "25mm", blockSize: "25mm" }]);

globalStyle(`${base} svg`, { display: "block", inlineSize: "100%", blockSize: "100%" });
