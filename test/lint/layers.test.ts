import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were a file at `filePath` and returns the layer-rule violations. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId && /no-restricted-(imports|globals|properties)/.test(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules are enforced by lint', () => {
  it.each([
    ['shared/engine/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/geo/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['shared/domain/x.ts', "import { x } from '../../electron/main/db/connection';\nexport const a = x;\n"],
    ['renderer/src/lib/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/features/x.tsx', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['renderer/src/store/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    [
      'renderer/src/store/x.ts',
      "import { openWorkspace } from '../../../electron/main/db/workspace';\nexport const a = openWorkspace;\n",
    ],
    [
      'renderer/src/store/x.ts',
      "import { Section } from '../features/simulation/Section';\nexport const a = Section;\n",
    ],
    ['renderer/src/engine/x.ts', "import { x } from '../features/simulation/format';\nexport const a = x;\n"],
    ['renderer/src/lib/x.ts', "import { x } from '../features/reports/backtestGap';\nexport const a = x;\n"],
    [
      'renderer/src/components/x.tsx',
      "import { ReturnsPage } from '../features/returns/ReturnsPage';\nexport const a = ReturnsPage;\n",
    ],
    ['renderer/src/store/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main/services/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n"],
    ['electron/main/db/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['cli/commands/x.ts', "import * as wiring from '../../electron/main/index';\nexport const a = wiring;\n"],
    [
      'renderer/src/features/x.tsx',
      "import { useTranslation } from 'react-i18next';\nexport const a = useTranslation;\n",
    ],
    ['renderer/src/store/x.ts', "import i18next from 'i18next';\nexport const a = i18next;\n"],
    ['renderer/src/components/x.ts', "import type { TFunction } from 'i18next';\nexport type A = TFunction;\n"],
  ])('%s: a forbidden import fails lint', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/engine/x.ts', 'export const w = window.innerWidth;\n'],
    ['shared/engine/x.ts', 'export const p = process.env;\n'],
    ['shared/engine/x.ts', 'export const t = Date.now();\n'],
    ['shared/engine/x.ts', 'export const r = Math.random();\n'],
  ])('%s: impure global use fails lint (%s)', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'shared/engine/x.ts',
      "import { z } from 'zod';\nimport { WEEKDAYS } from '../time/dateTime';\nexport const a = [z, WEEKDAYS];\n",
    ],
    [
      'renderer/src/lib/x.ts',
      "import { WEEKDAYS } from '../../../shared/time/dateTime';\nimport Button from '@mui/material/Button';\nexport const a = [WEEKDAYS, Button];\n",
    ],
    [
      'renderer/src/store/x.ts',
      "import { call } from '../lib/api';\nimport { startAdvice } from '../engine/advisorClient';\nexport const a = [call, startAdvice];\n",
    ],
    [
      'electron/main/index.ts',
      "import { app } from 'electron';\nimport fs from 'node:fs';\nexport const a = [app, fs];\n",
    ],
    [
      'electron/main/services/x.ts',
      "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const a = [fs, Database];\n",
    ],
    [
      'cli/commands/x.ts',
      "import { writeFileAtomic } from '../../electron/main/services/atomicWrite';\nexport const a = writeFileAtomic;\n",
    ],
    [
      'renderer/src/app/i18n/x.ts',
      "import i18next from 'i18next';\nimport { useTranslation } from 'react-i18next';\nexport const a = [i18next, useTranslation];\n",
    ],
    ['renderer/src/features/x.tsx', "import { useT } from '../app/i18n/useT';\nexport const a = useT;\n"],
  ])('%s: allowed imports pass (the rules are not blanket bans)', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
