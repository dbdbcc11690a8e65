import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';

const allowed = new Set<string>(CHANNEL_NAMES);

/**
 * The renderer's only door to main: `window.api.invoke(channel, arg)` for channels in the contract.
 * No ipcRenderer, no event objects and no Node objects cross the bridge.
 */
contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, arg: unknown): Promise<unknown> {
    if (!allowed.has(channel)) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: `Unknown channel ${channel}` } });
    return ipcRenderer.invoke(channel, arg);
  },
});
