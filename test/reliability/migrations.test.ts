import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityCheck, openConnection, type Db } from '../../electron/main/db/connection';
import { migrate, userVersion } from '../../electron/main/db/migrate';
import { LATEST_VERSION } from '../../electron/main/db/migrations';
import { openWorkspace, WORKSPACE_FILE } from '../../electron/main/db/workspace';
import { listBackups, verifyBackup } from '../../electron/main/db/backup';
import { createWorkspaceService, seedSampleWorkspace } from '../../electron/main/services/workspaceService';
import { createReturnsService } from '../../electron/main/services/returnsService';
import { fixturePath, type FixtureExpectation } from '../fixtures/make-fixtures';
import { recordFigure, tempDir } from './support';

/**
 * Every schema version a user may have on disk is kept as a frozen fixture (test/fixtures/, written
 * by make-fixtures.ts). Each one is migrated to the latest schema, both by the migration runner and
 * through the app's real startup path (which takes a verified backup first), then checked:
 * integrity_check and foreign_key_check clean, and everything the user had still readable through
 * today's services — scenarios, warehouses with their week, preferences.
 */

const versions = Array.from({ length: LATEST_VERSION + 1 }, (_, v) => v);

function expectation(v: number): FixtureExpectation {
  return JSON.parse(
    fs.readFileSync(fixturePath(v).replace(/\.sqlite$/, '.expected.json'), 'utf8'),
  ) as FixtureExpectation;
}

/** What the user sees, read back through today's service (getSettings re-validates every stored document). */
function visibleData(db: Db): Omit<FixtureExpectation, 'version'> {
  const service = createWorkspaceService(db);
  const scenarios = service.listScenarios();
  const prefs = service.getPrefs();
  const register = createReturnsService(db).list();
  return {
    returns: register.returns.map(({ entry: e }) => ({
      orderId: e.orderId,
      item: e.item,
      receivedAt: e.receivedAt,
      refunded: e.refunded,
    })),
    claims: register.claims.map(({ claim: c }) => ({
      claimId: c.claimId,
      decisionOn: c.decisionOn,
      disputedOn: c.disputedOn,
    })),
    scenarios: scenarios
      .slice()
      .sort((a, b) => a.id - b.id)
      .map((s) => ({
        name: s.name,
        isLive: s.isLive,
        warehouses: service.getSettings(s.id).warehouses.map((w) => ({
          id: w.id,
          name: w.name,
          zip: w.zip,
          timeZone: w.timeZone,
          cutoffs: { ...w.cutoffs },
        })),
      })),
    prefs: {
      language: prefs.language,
      theme: prefs.theme,
      currentScenarioName: scenarios.find((s) => s.id === prefs.currentScenarioId)?.name ?? null,
    },
  };
}

function fkViolations(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}

describe('migrations from every past schema version', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('has a frozen fixture for every schema version up to the latest', () => {
    const missing = versions.filter((v) => !fs.existsSync(fixturePath(v)));
    expect(missing, 'add a writer for the new version to test/fixtures/make-fixtures.ts and run it').toEqual([]);
    for (const v of versions) {
      const db = openConnection(fixturePath(v), { readonly: true });
      try {
        expect(userVersion(db), `workspace-v${v}.sqlite`).toBe(v);
      } finally {
        db.close();
      }
    }
  });

  it('migrates each fixture to the latest version with its data intact', () => {
    let integrityOk = 0;
    let violations = 0;
    const reached = new Set<number>();
    for (const v of versions) {
      const expected = expectation(v);

      // 1. The runner alone, on a copy.
      const dir = tempDir(`migrate-v${v}`);
      dirs.push(dir);
      const copy = path.join(dir, 'copy.sqlite');
      fs.copyFileSync(fixturePath(v), copy);
      const db = openConnection(copy);
      try {
        expect(migrate(db)).toEqual({ from: v, to: LATEST_VERSION });
        reached.add(userVersion(db));
        const problems = integrityCheck(db);
        expect(problems, `v${v} integrity`).toEqual([]);
        if (problems.length === 0) integrityOk++;
        violations += fkViolations(db);
        expect(visibleData(db)).toEqual({
          scenarios: expected.scenarios,
          prefs: expected.prefs,
          returns: expected.returns ?? [],
          claims: expected.claims ?? [],
        });
        // Migrating again is a no-op.
        expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
      } finally {
        db.close();
      }

      // 2. The app's startup path: a verified backup of the old file first, then the migrations.
      const dataDir = tempDir(`startup-v${v}`);
      dirs.push(dataDir);
      fs.copyFileSync(fixturePath(v), path.join(dataDir, WORKSPACE_FILE));
      const opened = openWorkspace({ dataDir, seed: (d) => seedSampleWorkspace(d, new Date('2026-03-02T10:00:00Z')) });
      try {
        const { report } = opened;
        expect(report.toVersion).toBe(LATEST_VERSION);
        expect(report.fromVersion).toBe(v);
        if (v > 0 && v < LATEST_VERSION) {
          expect(report.status).toBe('migrated');
          const preMigration = listBackups(path.join(dataDir, 'backups')).filter((b) =>
            b.file.endsWith(`-v${v}.sqlite`),
          );
          expect(preMigration.length, `a verified v${v} backup was taken before migrating`).toBeGreaterThan(0);
          expect(preMigration.every((b) => verifyBackup(b.file))).toBe(true);
        } else expect(report.status).toBe('ok');
        expect(integrityCheck(opened.db)).toEqual([]);
        violations += fkViolations(opened.db);
        if (v === 0) {
          // A never-migrated file gets the first-run sample, like a new install.
          expect(visibleData(opened.db).scenarios.map((s) => s.name)).toEqual(['Sample — Columbus, OH']);
        } else
          expect(visibleData(opened.db)).toEqual({
            scenarios: expected.scenarios,
            prefs: expected.prefs,
            returns: expected.returns ?? [],
            claims: expected.claims ?? [],
          });
      } finally {
        opened.db.close();
      }
    }
    recordFigure(
      'migrations',
      `${versions.length} fixtures -> user_version=${[...reached].join(',')}, ${integrityOk === versions.length ? 'integrity ok' : `${versions.length - integrityOk} integrity FAILED`}, ${violations} FK violations`,
    );
    expect([...reached]).toEqual([LATEST_VERSION]);
    expect(integrityOk).toBe(versions.length);
    expect(violations).toBe(0);
  });
});
