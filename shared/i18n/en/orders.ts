import type { Texts } from '../texts';

/** English texts of the orders owner; each other language's orders.ts has exactly these keys. */
export const orders = {
  'orders.report.tooLarge': 'file is larger than the limit of {{limit}} bytes (reading stopped there)',
  'orders.report.tooManyRows': 'file has more than {{limit}} rows',
  'orders.report.lineTooLong': 'line is longer than {{limit}} characters: this is not an order report',
  'orders.report.empty': 'file is empty',
  'orders.report.noDataRows': 'file has a header but no data rows',
  'orders.report.unknownLayout': 'not an Amazon order report: the header needs {{expected}}; it has {{found}}',
  'orders.report.duplicateColumn': 'two columns of the header are "{{column}}"',
  'orders.report.unterminatedQuote': 'quoted field opened on this row is never closed',
  'orders.report.noUsableOrders': 'no usable order: every row ({{rows}}) was skipped (first reasons below)',
  'orders.report.missingOrderId': 'order id is missing',
  'orders.report.missingPurchaseDate': 'purchase date is missing',
  'orders.report.badPurchaseDate': '{{value}} is not a date-time (expected ISO 8601, e.g. 2026-06-12T15:30:00-07:00)',
  'orders.report.missingZip': 'ZIP code is missing',
  'orders.report.badZip': '{{value}} is not a US ZIP code (5 digits, or ZIP+4)',
  'orders.report.unknownZip': 'ZIP {{value}} does not exist',
  'orders.report.formula': 'a spreadsheet formula instead of a value; export the computed values',
} satisfies Texts;
