// Every French owner file of this folder (kept in step by /work/notes/i18n-move.mjs and checked by test/i18n/catalogue.test.ts).
export { menu } from './menu';
