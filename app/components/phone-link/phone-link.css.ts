import { style } from "@vanilla-extract/css";
import { vars } from "~/styles/tokens.css";

export const item = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.space.xs,
  marginBlockEnd: vars.space.m,
});

export const description = style({ margin: 0 });

/** Who the number is for, where the page chose it ("Om personen nära dig säljer sex"): bold, read before the name. */
export const forLine = style({ margin: 0, fontWeight: 700 });

export const professional = style({
  alignSelf: "flex-start",
  paddingInline: vars.space.s,
  borderRadius: vars.size.radius,
  background: vars.color.professionalBg,
  color: vars.color.professional,
  fontWeight: 700,
  fontSize: vars.font.sizeS,
});
