import { describe, expect, it } from 'vitest';
import type { CodeUnder, KeyUnder, MessageKey } from '../../shared/i18n/catalogue';
import { createIssueCollector, importError, importErrorMaker, type ImportError } from '../../shared/imports/framework';
import {
  AppError,
  AppErrorSchema,
  FieldErrorSchema,
  MessageKeySchema,
  type AppErrorShape,
} from '../../shared/ipc/result';
import { OrderReportErrorSchema } from '../../shared/ipc/orderReportSchemas';
import { contract } from '../../shared/ipc/contract';
import { EligibilityInputError } from '../../shared/eligibility/horizon';
import type { SmartRateError } from '../../shared/eligibility/smartRate';
import type { SharesTextResult } from '../../shared/eligibility/sharesText';
import type { ClaimProblem } from '../../shared/returns/safeT';
import { transitFileError } from '../../shared/transit/uspsStandards';

/*
 * Keys are typed where they are produced: an import error, a row error, an application error or a
 * parser's problem written with a key the catalogue lacks does not compile. Each line marked
 * @ts-expect-error below is such a typo; scripts/typecheck.mjs type-checks this file, and an
 * @ts-expect-error that no longer finds an error is itself an error, so a producer whose key falls
 * back to `string` fails `npm test`. The functions holding them are only compiled, never run.
 */
describe('message keys are checked by the compiler where they are emitted', () => {
  it('import errors: the error shape, the row-error maker and a collector’s codes', () => {
    const typos = () => {
      const error: ImportError = {
        row: 1,
        field: '',
        code: 'empty',
        // @ts-expect-error a misspelt key in the imports' one error shape.
        messageKey: 'geo.weightsCsv.emtpy',
        params: {},
        message: 'file is empty',
      };
      // @ts-expect-error the streamed readers' one-at-a-time maker takes only keys of the catalogue.
      const streamed = importError(3, 'zip', 'orders.report.badZp', {}, 'm');
      const fail = importErrorMaker({ english: {} });
      // @ts-expect-error the row-error maker of a format refuses a misspelt key.
      const row = fail(2, 'dest_zip3', 'transitFile.unknwnZip');
      // @ts-expect-error the USPS standards reader's maker too.
      const usps = transitFileError(2, 'dest_zip3', 'transitFile.badDys');
      const issues = createIssueCollector({
        keyOf: (code: CodeUnder<'geo.weightsCsv'>) => `geo.weightsCsv.${code}`,
        maxErrors: 1,
      });
      // @ts-expect-error a collector accepts only the codes its prefix has in the catalogue.
      issues.fail(2, 'weight', 'negativeWieght');
      createIssueCollector({
        // @ts-expect-error a key template over a misspelt prefix names no key of the catalogue.
        keyOf: (code: CodeUnder<'geo.weightsCsv'>) => `geo.weightCsv.${code}`,
        maxErrors: 1,
      });
      return [error, streamed, row, usps];
    };
    expect(typeof typos).toBe('function');
    // The right spellings compile, and the codes are exactly the keys' last parts.
    const codes: CodeUnder<'geo.weightsCsv'>[] = ['negativeWeight', 'missingColumn'];
    const keys: KeyUnder<'geo.weightsCsv'>[] = ['geo.weightsCsv.negativeWeight'];
    expect([codes, keys]).toEqual([['negativeWeight', 'missingColumn'], ['geo.weightsCsv.negativeWeight']]);
  });

  it('application errors and the problems of the eligibility and returns parsers', () => {
    const typos = () => {
      // @ts-expect-error an AppError's key is a key of the catalogue.
      const app = new AppError('invalid', 'x', { key: 'reports.import.tooLarg' });
      // @ts-expect-error so is the key of a shape answered without the class.
      const shape: AppErrorShape = { code: 'internal', message: 'x', key: 'error.internl' };
      // @ts-expect-error an eligibility input error's key.
      const input = new EligibilityInputError('eligibility.error.wekes', {}, 'x');
      // @ts-expect-error a SmartRate problem's key.
      const smartRate: SmartRateError = { path: '', messageKey: 'eligibility.smartRate.notJsn', params: {} };
      // @ts-expect-error a typed share line's refusal.
      const shares: SharesTextResult = { ok: false, messageKey: 'eligibility.sharesText.emty', params: {} };
      // @ts-expect-error a SAFE-T claim problem names a key under returns.claim only.
      const claim: ClaimProblem = { field: 'filedOn', messageKey: 'returns.report.empty', params: {} };
      return [app, shape, input, smartRate, shares, claim];
    };
    expect(typeof typos).toBe('function');
    const known = new AppError('invalid', 'x', { key: 'reports.import.tooLarge' });
    expect(known.toShape().key).toBe('reports.import.tooLarge');
  });

  it('on the wire, a key the catalogue lacks is refused where main answers', () => {
    const key: MessageKey = 'error.internal';
    expect(MessageKeySchema.parse(key)).toBe(key);
    for (const bad of ['error.internl', '', 42, null, 'files_other_other'])
      expect(MessageKeySchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(AppErrorSchema.safeParse({ code: 'internal', message: 'x', key }).success).toBe(true);
    expect(AppErrorSchema.safeParse({ code: 'internal', message: 'x', key: 'error.internl' }).success).toBe(false);
    expect(FieldErrorSchema.safeParse({ field: 'f', key: 'no.such', message: 'x' }).success).toBe(false);
    const example = { row: 4, field: 'ship-postal-code', code: 'badZip', params: {}, message: 'm' };
    expect(OrderReportErrorSchema.safeParse({ ...example, messageKey: 'orders.report.badZip' }).success).toBe(true);
    expect(OrderReportErrorSchema.safeParse({ ...example, messageKey: 'orders.report.badZp' }).success).toBe(false);
    const notice = { message: 'm', messageKey: 'no.such.notice', params: {} };
    const doc = contract['scenario:get'].result.safeParse({ notices: [notice] });
    expect(doc.success ? [] : doc.error.issues.map((i) => i.path.join('.'))).toContain('notices.0.messageKey');
  });
});
