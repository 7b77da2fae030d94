import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const list = style({
  display: "grid",
  gridTemplateColumns: "minmax(6rem, max-content) 1fr",
  gap: `${vars.space.s} ${vars.space.m}`,
  "@media": { "(max-width: 30em)": { gridTemplateColumns: "1fr" } },
});

export const term = style({ fontWeight: 700 });
export const detail = style({ margin: 0 });
