import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './windowState';

/** The Electron security checklist, shared by every window the app opens. */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/**
 * Options of the app's one BrowserWindow, built by a plain function so a test can assert the
 * Electron security checklist without starting Electron.
 */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 1024,
    minHeight: 700,
    title,
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: { ...LOCKED_DOWN, preload: preloadPath },
  };
}

/**
 * Options of the hidden window that turns a report into a PDF: never shown, sandboxed, isolated,
 * no preload (it needs no bridge) and JavaScript off — the report is static HTML and CSS, so nothing
 * in it can run even if a scenario name carried markup past the escaping.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 816,
    height: 1056,
    webPreferences: { ...LOCKED_DOWN, javascript: false, images: true },
  };
}
