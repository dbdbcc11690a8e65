import type { advisorMoves as en } from '../en/advisorMoves';
import type { Translation } from '../texts';

export const advisorMoves: Translation<typeof en> = {
  'advisor.days.range': 'du {{from}} au {{to}}',
};
