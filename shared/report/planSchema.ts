/**
 * The stored and transported shape of a plan of action (IPC contract, database column). Text limits
 * keep a pasted novel out of the database while leaving room for a long plan (Seller Central's
 * appeal form itself takes a few thousand characters per answer).
 */
import { z } from 'zod';
import { LANGS } from '../i18n/lang';

export const PLAN_TEXT_MAX = 20_000;

export const PlanSectionSchema = z.object({
  id: z.string().min(1).max(64),
  checkId: z.string().max(64).nullable(),
  status: z.enum(['fail', 'atRisk']).nullable(),
  title: z.string().max(300),
  rootCause: z.string().max(PLAN_TEXT_MAX),
  actions: z.string().max(PLAN_TEXT_MAX),
});

export const PlanOfActionSchema = z.object({
  lang: z.enum(LANGS),
  policyId: z.string().min(1).max(64),
  sections: z.array(PlanSectionSchema).max(40),
});
export type PlanOfActionDoc = z.infer<typeof PlanOfActionSchema>;

/** An edit of one section's text (titles and ids stay as drafted). */
export const PlanSectionEditSchema = z.object({
  id: z.string().min(1).max(64),
  rootCause: z.string().max(PLAN_TEXT_MAX),
  actions: z.string().max(PLAN_TEXT_MAX),
});
export type PlanSectionEdit = z.infer<typeof PlanSectionEditSchema>;
