import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "./tokens.css";

/*
 * A plain data table; long words break inside their cell so it never widens a 320 px page.
 * (This file once re-exported a style of lists.css after its own styles: vanilla-extract then
 * gave "nowrap" the same class as "table", and every cell of the law table stopped wrapping.
 * A style file exports only the styles it makes.)
 */
export const table = style({ borderCollapse: "collapse", inlineSize: "100%" });

export const caption = style({ textAlign: "start", color: vars.color.textMuted, paddingBlockEnd: vars.space.s });

globalStyle(`${table} th, ${table} td`, {
  padding: vars.space.s,
  borderBlockEnd: `1px solid ${vars.color.border}`,
  textAlign: "start",
  verticalAlign: "top",
  overflowWrap: "anywhere",
  hyphens: "auto",
});

/**
 * Every table sits in a region that scrolls on its own if a cell ever cannot wrap: never the page.
 * No tabindex: it does not scroll today, and Chromium makes a region that does scroll focusable by
 * itself; a stop that scrolls nothing would only be one more Tab press (and hide under the bar).
 */
export const scrollRegion = style({
  overflowX: "auto",
  maxInlineSize: "100%",
  marginBlockEnd: vars.space.l,
});

const narrow = "screen and (max-width: 40em)";

/**
 * On a phone each row becomes a block: the row's heading, then each cell with its column's name
 * before it (from data-label), so nothing is squeezed into three thin columns.
 */
export const stacked = style({});

globalStyle(`${stacked} thead`, {
  "@media": {
    [narrow]: {
      position: "absolute",
      inlineSize: "1px",
      blockSize: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    },
  },
});

globalStyle(`${stacked} tr, ${stacked} th, ${stacked} td`, {
  "@media": { [narrow]: { display: "block", borderBlockEnd: "none" } },
});

globalStyle(`${stacked} tr`, {
  "@media": { [narrow]: { paddingBlock: vars.space.s, borderBlockEnd: `1px solid ${vars.color.border}` } },
});

globalStyle(`${stacked} th`, {
  "@media": { [narrow]: { paddingBlockEnd: 0, fontSize: vars.font.sizeL } },
});

globalStyle(`${stacked} td`, {
  "@media": { [narrow]: { paddingBlock: vars.space.xs } },
});

globalStyle(`${stacked} td[data-label]::before`, {
  "@media": {
    [narrow]: { content: "attr(data-label)", display: "block", fontWeight: 700, color: vars.color.textMuted },
  },
});

/** Keeps a short reference such as "6 kap. 11 §" on one line inside a cell. */
export const nowrap = style({ whiteSpace: "nowrap" });

/**
 * A name that must not break inside a word (a municipality: "Nynäshamn", never "Nynäsham|n"): it
 * wraps only at its spaces and hyphens ("Upplands-Bro", "Upplands Väsby"), and the column is at
 * least as wide as its longest word; the other cells still wrap anywhere.
 */
export const wholeWords = style({});

globalStyle(`${table} th${wholeWords}, ${table} td${wholeWords}`, { overflowWrap: "normal", hyphens: "manual" });
