import os from 'node:os';
import path from 'node:path';

/**
 * The desktop app's workspace folder (Electron's `userData`/workspace for the app named ShipWeek),
 * computed without Electron so the browser shell opens the very same workspace by default.
 * @example defaultWorkspaceDir({}, 'linux', '/home/ana') // '/home/ana/.config/ShipWeek/workspace'
 */
export function defaultWorkspaceDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env['APPDATA'] || path.win32.join(home, 'AppData', 'Roaming'), 'ShipWeek', 'workspace');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'ShipWeek', 'workspace');
  return path.posix.join(env['XDG_CONFIG_HOME'] || path.posix.join(home, '.config'), 'ShipWeek', 'workspace');
}
