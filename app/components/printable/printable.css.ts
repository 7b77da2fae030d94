import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

// On screen: a bordered preview as wide as the column. In print: exact sizes in millimetres.

export const poster = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.m,
  padding: vars.space.l,
  border: `1px solid ${vars.color.border}`,
  "@media": {
    print: {
      // The printable area of A4 within the page margins set in the global styles.
      inlineSize: "186mm",
      minBlockSize: "265mm",
      padding: "8mm",
      border: "none",
      breakInside: "avoid",
    },
  },
});

export const posterHeading = style({
  margin: 0,
  fontSize: "2rem",
  "@media": { print: { fontSize: "40pt" } },
});

export const posterLine = style({
  margin: 0,
  fontSize: vars.font.sizeL,
  "@media": { print: { fontSize: "20pt" } },
});

const numbers = style({ listStyle: "none", margin: 0, padding: 0 });

export const posterNumbers = style([numbers, { fontSize: vars.font.sizeL, "@media": { print: { fontSize: "26pt" } } }]);
export const cardNumbers = style([numbers, { fontSize: vars.font.sizeS, "@media": { print: { fontSize: "8pt" } } }]);

export const numberLabel = style({ fontWeight: 400 });

export const number = style({
  display: "inline-flex",
  alignItems: "center",
  minHeight: vars.size.target,
  fontWeight: 700,
  fontSize: "1.4em",
  whiteSpace: "nowrap",
  "@media": { print: { minHeight: 0, color: "#000000", textDecoration: "none" } },
});

export const qrRow = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.space.m,
});

export const qrText = style({
  margin: 0,
  flex: "1 1 12rem",
  overflowWrap: "anywhere",
  "@media": { print: { fontSize: "14pt" } },
});

export const siteName = style({ margin: 0, fontWeight: 700, marginBlockStart: "auto" });

export const sheet = style({
  "@media": {
    print: {
      display: "grid",
      gridTemplateColumns: "repeat(2, 85.6mm)",
      gridAutoRows: "54mm",
      justifyContent: "center",
    },
  },
});

export const card = style({
  display: "flex",
  gap: vars.space.s,
  maxInlineSize: "26rem",
  padding: vars.space.m,
  border: `2px dashed ${vars.color.border}`,
  "@media": {
    print: {
      inlineSize: "85.6mm",
      blockSize: "54mm",
      maxInlineSize: "none",
      padding: "3mm",
      border: "0.3mm dashed #6f6f78",
      overflow: "hidden",
      breakInside: "avoid",
    },
  },
});

/** Copies 2–8 of a sheet: only the printer sees them. */
export const cardCopy = style([card, { display: "none", "@media": { print: { display: "flex" } } }]);

export const cardText = style({ flex: "1 1 auto", minInlineSize: 0 });

export const cardHeading = style({
  margin: `0 0 ${vars.space.xs}`,
  fontSize: vars.font.sizeM,
  "@media": { print: { fontSize: "10pt", marginBlockEnd: "1mm" } },
});

export const cardLine = style({
  margin: `0 0 ${vars.space.xs}`,
  fontSize: vars.font.sizeS,
  "@media": { print: { fontSize: "7.5pt", lineHeight: 1.3, marginBlockEnd: "1mm" } },
});

export const cardQr = style({ display: "flex", flexDirection: "column", alignItems: "center", gap: vars.space.xs });

export const cardUrl = style({
  margin: 0,
  maxInlineSize: "24mm",
  fontSize: "0.6rem",
  overflowWrap: "anywhere",
  "@media": { print: { fontSize: "5pt" } },
});

globalStyle(`${cardNumbers} li`, { lineHeight: 1.2 });
