/**
 * Rewrites the sample settings files in resources/samples/ from resources/samples/samples.ts.
 *   npx tsx resources/samples/build-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_FILES, sampleFileText } from './samples';

const here = dirname(fileURLToPath(import.meta.url));
for (const sample of SAMPLE_FILES) {
  const text = sampleFileText(sample.build());
  writeFileSync(join(here, sample.fileName), text);
  console.log(`${sample.fileName}: ${Buffer.byteLength(text)} bytes`);
}
