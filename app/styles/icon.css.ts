import { style } from "@vanilla-extract/css";

/**
 * The one icon style (DESIGN.md): inline SVG line icons at 24 px, drawn in the text's colour with one
 * stroke width, never filled. The phone, globe and menu icons share it.
 */
export const strokeIcon = style({
  inlineSize: "1.5rem",
  blockSize: "1.5rem",
  flexShrink: 0,
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinejoin: "round",
  strokeLinecap: "round",
});
