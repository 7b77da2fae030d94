/**
 * The survey figures the campaign pages cite, with where each comes from. Like the law's figures
 * they reach the copy as placeholders (app/utils/law-values.ts), never typed into a translation,
 * so a corrected figure changes in one place for all 13 languages.
 */
export const campaignFigures = {
  /**
   * "Knappt 1 av 10 män" have ever paid for sex: Folkhälsomyndigheten's population study of 2017,
   * as cited by the action plan (seed 003, lines 512–513; FACTS.md "Campaign and prevention").
   */
  menWhoPaid: { one: 1, of: 10, surveyYear: 2017 },
  /**
   * 88 % of the girls who had been paid for sex had been subjected to some kind of sexual abuse:
   * Stiftelsen Allmänna Barnhuset's survey of young people, 2021 (seed 003, lines 475–477 and note 31).
   */
  girlsPaidForSex: { abusedPercent: 88, surveyYear: 2021 },
} as const;
