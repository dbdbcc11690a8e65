/**
 * Child process for the crash-safety test: opens the workspace exactly as the app does and writes
 * settings through the real workspace service, forever, until the parent SIGKILLs it.
 *
 * Protocol on stdout (one line each, written with a blocking write to the pipe, so a line the
 * parent reads was in the kernel before the next instruction ran):
 *   ready
 *   intent <seq> <op> <json>   before a write starts (the write may or may not commit)
 *   ack <seq> <op> <json>      after its transaction committed (synchronous=FULL, WAL)
 * Ops: create {id?,name,zip,timeZone} / update {id,name} / delete {id} / pref {theme}.
 *
 * argv: <dataDir> <seed> — the seed picks the op sequence, so a failing run can be replayed.
 */
import fs from 'node:fs';
import { openWorkspace } from '../../../electron/main/db/workspace';
import { createWorkspaceService, seedSampleWorkspace } from '../../../electron/main/services/workspaceService';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: settingsWriter <dataDir> <seed>');

// Small deterministic PRNG (mulberry32): the op sequence depends only on the seed.
let state = Number(seedArg ?? 1) >>> 0;
function rand(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function say(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

const PLACES = [
  { zip: '89502', timeZone: 'America/Los_Angeles' },
  { zip: '43004', timeZone: 'America/New_York' },
  { zip: '60601', timeZone: 'America/Chicago' },
  { zip: '80202', timeZone: 'America/Denver' },
] as const;
const THEMES = ['light', 'dark', 'system'] as const;

const opened = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) });
const service = createWorkspaceService(opened.db);
const scenarioId = service.getPrefs().currentScenarioId;
if (scenarioId === null) throw new Error('workspace has no current scenario');
say('ready');

const tag = `${process.pid}-${Math.floor(rand() * 1e9).toString(36)}`;
for (let seq = 0; ; seq++) {
  const mine = service.listWarehouses(scenarioId).filter((w) => w.name.startsWith('K-'));
  const r = rand();
  // Creates outnumber deletes until a dozen test warehouses exist, then deletes take over, so the
  // table stays small and every round of the parent's check stays fast.
  if ((r < 0.45 && mine.length < 12) || mine.length === 0) {
    const place = PLACES[Math.floor(rand() * PLACES.length)]!;
    const draft = { name: `K-${tag}-${seq}`, zip: place.zip, timeZone: place.timeZone };
    say(`intent ${seq} create ${JSON.stringify(draft)}`);
    const w = service.createWarehouse(scenarioId, draft);
    say(`ack ${seq} create ${JSON.stringify({ ...draft, id: w.id })}`);
  } else if (r < 0.7) {
    const target = mine[Math.floor(rand() * mine.length)]!;
    const change = { id: target.id, name: `K-${tag}-${seq}-renamed`, zip: target.zip, timeZone: target.timeZone };
    say(`intent ${seq} update ${JSON.stringify(change)}`);
    service.updateWarehouse(scenarioId, target.id, { name: change.name, zip: change.zip, timeZone: change.timeZone });
    say(`ack ${seq} update ${JSON.stringify(change)}`);
  } else if (r < 0.85 || mine.length >= 12) {
    const target = mine[Math.floor(rand() * mine.length)]!;
    say(`intent ${seq} delete ${JSON.stringify({ id: target.id })}`);
    service.deleteWarehouse(scenarioId, target.id);
    say(`ack ${seq} delete ${JSON.stringify({ id: target.id })}`);
  } else {
    const theme = THEMES[Math.floor(rand() * THEMES.length)]!;
    say(`intent ${seq} pref ${JSON.stringify({ theme })}`);
    service.setPrefs({ theme });
    say(`ack ${seq} pref ${JSON.stringify({ theme })}`);
  }
}
