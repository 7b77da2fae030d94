import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const quickExit = style({
  position: "relative",
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  minHeight: vars.size.target,
  minWidth: vars.size.target,
  paddingInline: vars.space.s,
  // Two lines of a long label (Bulgarian, Russian, Ukrainian, Spanish) still make a 44 px button.
  paddingBlock: "2px",
  borderRadius: vars.size.radius,
  border: `2px solid ${vars.color.exitText}`,
  background: vars.color.exit,
  color: vars.color.exitText,
  fontWeight: 700,
  textAlign: "center",
  textDecoration: "none",
  lineHeight: 1.2,
  fontSize: vars.font.sizeS,
  flex: "0 1 auto",
  // One row with "Call 112" even at 320 px; roomier from 30em up.
  "@media": { "(min-width: 30em)": { paddingInline: vars.space.m, fontSize: vars.font.sizeM } },
  selectors: {
    "&:visited": { color: vars.color.exitText },
    "&:hover": { background: vars.color.exitHover, color: vars.color.exitText },
  },
});

/** Three dots along the button's lower edge, filled one per Shift press (shown once counting starts). */
export const dots = style({
  position: "absolute",
  insetBlockEnd: "3px",
  insetInline: 0,
  display: "none",
  justifyContent: "center",
  gap: "4px",
  selectors: { "[data-presses] > &": { display: "flex" } },
});

export const dot = style({
  inlineSize: "6px",
  blockSize: "6px",
  borderRadius: "50%",
  border: `1px solid ${vars.color.exitText}`,
});

for (const count of [1, 2, 3]) {
  globalStyle(`[data-presses="${count}"] > ${dots} > ${dot}:nth-child(-n + ${count})`, { background: vars.color.exitText });
}

// In forced colours backgrounds are dropped: a filled dot keeps its fill in the system's link colour, as the label.
globalStyle(`${dot}`, { "@media": { "(forced-colors: active)": { borderColor: "LinkText", forcedColorAdjust: "none" } } });
for (const count of [1, 2, 3]) {
  globalStyle(`[data-presses="${count}"] > ${dots} > ${dot}:nth-child(-n + ${count})`, {
    "@media": { "(forced-colors: active)": { background: "LinkText" } },
  });
}

/**
 * The Shift×3 shortcut, told where a keyboard user meets the button: shown under the bar while the
 * button has keyboard focus (only once the script runs, which marks the link data-shortcut), gone on
 * Escape. Screen readers hear it as the button's description either way.
 */
export const hint = style({
  display: "none",
  position: "absolute",
  insetBlockStart: "100%",
  insetInlineEnd: vars.space.s,
  maxInlineSize: "min(20rem, calc(100vw - 1rem))",
  padding: `${vars.space.xs} ${vars.space.s}`,
  border: `2px solid ${vars.color.barText}`,
  borderBlockStart: "none",
  background: vars.color.bar,
  color: vars.color.barText,
  fontSize: vars.font.sizeS,
  lineHeight: 1.3,
  selectors: {
    "[data-shortcut]:focus-visible:not([data-hint-dismissed]) ~ &": { display: "block" },
  },
});
