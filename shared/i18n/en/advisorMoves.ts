import type { Texts } from '../texts';

/** English texts of the advisorMoves owner; each other language's advisorMoves.ts has exactly these keys. */
export const advisorMoves = {
  'advisor.days.range': '{{from}} to {{to}}',
} satisfies Texts;
