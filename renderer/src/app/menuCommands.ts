import type { MenuCommand } from '../../../shared/ipc/channels';
import { useStore } from '../store';

/** Focus in a text-like field: the browser's own undo of the typing applies there. */
export function isTextEditing(el: EventTarget | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return (
    el instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type)
  );
}

/** A dialog is open: its own fields and buttons are what the user is working on, not the plan. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * Undo as the user means it: inside a text box, the browser's own undo of the typing; elsewhere the
 * last plan edit. Shared by Ctrl/Cmd+Z in the page and Edit > Undo in the native menu (whose
 * accelerator takes the key before the page sees it).
 */
export function undoCommand(): void {
  if (isTextEditing(document.activeElement)) document.execCommand('undo');
  else if (dialogOpen()) return;
  // The returns register has its own history: on its page, Undo is about the register.
  else if (useStore.getState().page === 'returns') void useStore.getState().returnsUndo();
  else useStore.getState().undo();
}

/** Runs one native-menu command with the same actions as the screens' own controls. */
export function runMenuCommand(command: MenuCommand): void {
  const store = useStore.getState();
  switch (command) {
    case 'undo':
      undoCommand();
      return;
    case 'redo':
      if (isTextEditing(document.activeElement)) document.execCommand('redo');
      return;
    case 'save':
      void store.flushSave();
      return;
    default:
      store.runReportCommand(command);
  }
}

let closeAnyway = false;
/** The invalid entries a close was last held for: closing again with the same ones quits. */
let heldFor: string | null = null;

/**
 * Before the window closes: pending edits are saved first (the close is held and retried once the
 * save lands); an edit that cannot be saved holds the close once, with a notice, and a second close
 * quits — the user is never trapped by a full disk.
 */
export function onBeforeUnload(e: BeforeUnloadEvent): void {
  const store = useStore.getState();
  const invalid = Object.entries(store.invalidEntries);
  if (invalid.length > 0) {
    // An entry the plan cannot take is never saved on the way out: hold the close and say why
    // (a browser also asks "Leave site?"). A second close with the same entries quits.
    const signature = JSON.stringify(invalid.map(([id, e]) => [id, e.text]));
    if (heldFor === signature) return;
    heldFor = signature;
    e.preventDefault();
    e.returnValue = '';
    const first = invalid[0]![1];
    store.notify({
      severity: 'error',
      text: `Not closed: ${invalid.length} invalid entry. ${first.label}: ${first.reason}`,
      key: 'save.closeBlockedInvalid',
      params: { count: invalid.length, label: first.label, reason: first.reason },
    });
    return;
  }
  if (closeAnyway || store.saveState === 'saved') return;
  e.preventDefault();
  e.returnValue = '';
  if (store.saveState === 'error') {
    closeAnyway = true;
    store.notify({ severity: 'error', text: 'Your last edit is not saved.', key: 'save.closeBlocked' });
    return;
  }
  void store.flushSave().then((ok) => {
    closeAnyway = true;
    if (ok) window.close();
    else store.notify({ severity: 'error', text: 'Your last edit is not saved.', key: 'save.closeBlocked' });
  });
}
