import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, MENU_COMMANDS, MENU_EVENT } from '../../shared/ipc/channels';

const allowed = new Set<string>(CHANNEL_NAMES);
const commands = new Set<string>(MENU_COMMANDS);

/**
 * The renderer's only doors to main: `window.api.invoke(channel, arg)` for channels in the contract,
 * and `window.api.onMenuCommand(listener)` for the native menu's commands (a name from a fixed list,
 * nothing else). No ipcRenderer, no event objects and no Node objects cross the bridge.
 */
contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, arg: unknown): Promise<unknown> {
    if (!allowed.has(channel))
      return Promise.resolve({ ok: false, error: { code: 'forbidden', message: `Unknown channel ${channel}` } });
    return ipcRenderer.invoke(channel, arg);
  },
  onMenuCommand(listener: (command: string) => void): () => void {
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && commands.has(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, handler);
    return () => ipcRenderer.removeListener(MENU_EVENT, handler);
  },
});
