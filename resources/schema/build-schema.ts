/**
 * Writes resources/schema/settings.schema.json from the zod settings schema.
 *   npx tsx resources/schema/build-schema.ts
 * A test (settingsSchema.test.ts) fails when the committed file differs from a fresh build.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsJsonSchemaText } from './settingsSchema';

const target = join(dirname(fileURLToPath(import.meta.url)), 'settings.schema.json');
const text = settingsJsonSchemaText();
writeFileSync(target, text);
console.log(`${target}: ${Buffer.byteLength(text)} bytes`);
