import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from './windowState';

describe('window state', () => {
  it('round-trips through an atomic write and falls back on damage', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-win-'));
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: 10, y: 20, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1400, height: 900, maximized: true });
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
    fs.writeFileSync(file, '{"width": 5');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('drops a position that is on no display any more', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800, maximized: false }, displays)).toMatchObject({
      x: 100,
      y: 100,
    });
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, displays)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});
