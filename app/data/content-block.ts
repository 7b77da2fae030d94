import { z } from "zod";

/**
 * The shape of a block of copy in the locale files: a heading, paragraphs, a list of points and
 * sub-blocks with their own headings. Pages with long structured copy (journeys, law, anonymity,
 * campaigns) keep it in this shape so that translators see whole paragraphs, and a page renders
 * it with one component. Every locale file is checked against it by tests/unit/locales.test.ts.
 */
const paragraphs = z.array(z.string().min(1)).min(1);

const baseBlock = z.object({
  heading: z.string().min(1),
  text: paragraphs.optional(),
  points: paragraphs.optional(),
});

export const contentBlockSchema = baseBlock.extend({ subsections: z.array(baseBlock).min(1).optional() });
export type ContentBlockCopy = z.infer<typeof contentBlockSchema>;
