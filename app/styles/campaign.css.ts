import { style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/**
 * A campaign page's top: the call to KAST and the lead, and beside them on a wide screen (below
 * them on a phone) the campaign's poster as the print kit prints it.
 */
export const hero = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.m,
  marginBlockEnd: vars.space.l,
  "@media": { "(min-width: 40em)": { flexDirection: "row", alignItems: "flex-start" } },
});

export const heroText = style({ flex: "1 1 0", minInlineSize: 0 });

export const poster = style({
  display: "flex",
  flexDirection: "column",
  alignItems: "center",
  gap: vars.space.s,
  alignSelf: "center",
  minInlineSize: vars.size.target,
  padding: vars.space.s,
  fontWeight: 700,
  textAlign: "center",
  // Only the words are underlined: the picture's own text must look as it prints.
  textDecoration: "none",
  "@media": { "(min-width: 40em)": { alignSelf: "flex-start", marginBlockStart: vars.space.s } },
});

/** The print hub's thumbnail, drawn larger: it scales as one picture (zoom keeps its proportions). */
export const posterPicture = style({
  zoom: 1.7,
  color: vars.color.text,
  "@media": { "(min-width: 40em)": { zoom: 2 } },
});

export const posterText = style({ textDecoration: "underline", textUnderlineOffset: "0.15em" });
