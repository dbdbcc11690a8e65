/** `shipweek sample [--out file] [--variant id] [--force]`: the sample settings as JSON. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE_FILES } from '../../resources/samples/samples';
import { badInput, ok, writeFileAtomic, type CliContext, type CommandResult } from '../context';
import { json } from '../format';

export interface SampleArgs {
  out?: string;
  /** File name stem of a sample in resources/samples ("columbus", "two-warehouses"); default columbus. */
  variant?: string;
  force?: boolean;
}

export const SAMPLE_VARIANTS = SAMPLE_FILES.map((s) => s.fileName.replace(/^sample-/, '').replace(/\.json$/, ''));

export function sampleCommand(ctx: CliContext, args: SampleArgs): CommandResult {
  const variant = args.variant ?? 'columbus';
  const sample = SAMPLE_FILES.find((s) => s.fileName === `sample-${variant}.json`);
  if (!sample) return badInput(ctx.t('cli.sample.unknownVariant', { variant, variants: SAMPLE_VARIANTS.join(', ') }));
  const text = json(sample.build());
  if (!args.out) return ok(text);
  if (!args.force && existsSync(resolve(ctx.cwd, args.out)))
    return badInput(ctx.t('cli.sample.exists', { file: args.out }));
  const written = writeFileAtomic(ctx, args.out, text);
  if (!written.ok) return badInput(written.message);
  return ok(ctx.t('cli.sample.written', { file: args.out, name: sample.build().name }));
}
