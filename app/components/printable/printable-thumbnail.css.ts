import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

const base = style({
  position: "relative",
  overflow: "hidden",
  flexShrink: 0,
  background: vars.color.page,
  border: `1px solid ${vars.color.border}`,
  boxShadow: "0 1px 3px rgb(0 0 0 / 0.2)",
  fontSize: "0.5rem",
  lineHeight: 1.2,
  overflowWrap: "normal",
  "@media": { print: { display: "none" } },
});

export const poster = style([base, { inlineSize: "6.3rem", aspectRatio: "210 / 297" }]);
export const card = style([base, { inlineSize: "8.56rem", aspectRatio: "85.6 / 54", marginBlockStart: "1rem" }]);

export const band = style({ display: "flex", padding: "0.2rem", background: vars.color.brand });
export const mark = style({ inlineSize: "0.8rem", blockSize: "0.8rem", color: vars.color.brand });

export const heading = style({
  margin: "0.25rem 0.3rem",
  color: vars.color.brand,
  fontWeight: 700,
  fontSize: "0.625rem",
  display: "-webkit-box",
  WebkitLineClamp: 3,
  WebkitBoxOrient: "vertical",
  overflow: "hidden",
});

export const number = style({ margin: "0 0.3rem", fontWeight: 800, fontSize: "0.6875rem", whiteSpace: "nowrap" });

export const qr = style({
  position: "absolute",
  insetBlockEnd: "0.3rem",
  insetInlineEnd: "0.3rem",
  inlineSize: "1.6rem",
  blockSize: "1.6rem",
  fill: vars.color.text,
});
