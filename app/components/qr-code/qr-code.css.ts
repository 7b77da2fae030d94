import { globalStyle, style } from "@vanilla-extract/css";

const base = style({ flexShrink: 0, background: "#ffffff", lineHeight: 0 });

export const poster = style([
  base,
  { inlineSize: "55mm", blockSize: "55mm", "@media": { print: { inlineSize: "70mm", blockSize: "70mm" } } },
]);
export const card = style([base, { inlineSize: "24mm", blockSize: "24mm" }]);

globalStyle(`${base} svg`, { display: "block", inlineSize: "100%", blockSize: "100%" });
