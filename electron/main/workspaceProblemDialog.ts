import type { Prefs } from '../../shared/ipc/contract';
import type { WorkspaceUnavailableError } from './db/workspaceErrors';
import { menuMessage, menuText } from './menuText';

/** What the start-up dialog shows for a workspace that cannot be opened, and what each button does. */
export interface WorkspaceProblemDialog {
  title: string;
  message: string;
  /** The underlying error, for the details. */
  detail: string;
  buttons: string[];
  /** The action behind each button, in the same order. */
  actions: ('retry' | 'readOnly' | 'quit')[];
}

const MESSAGE_KEY = {
  busy: 'workspaceBusy',
  noSpace: 'workspaceNoSpace',
  readOnly: 'workspaceReadOnly',
  permission: 'workspacePermission',
  io: 'workspaceIo',
} as const;

/**
 * Builds the start-up dialog for a workspace that is healthy but unavailable: Retry always; Open
 * read-only where reading can work (a lock held by a writer, a read-only folder); Quit.
 * @example
 * workspaceProblemDialog(new WorkspaceUnavailableError('busy', '/w.sqlite', 'SQLITE_BUSY'), 'fr').buttons[0]
 * // 'Réessayer'
 */
export function workspaceProblemDialog(
  error: WorkspaceUnavailableError,
  language: Prefs['language'],
): WorkspaceProblemDialog {
  const t = menuText(language);
  const actions: WorkspaceProblemDialog['actions'] =
    error.kind === 'busy' || error.kind === 'readOnly' ? ['retry', 'readOnly', 'quit'] : ['retry', 'quit'];
  const label = { retry: t.retry, readOnly: t.openReadOnly, quit: t.quit };
  return {
    title: t.workspaceProblemTitle,
    message: menuMessage(language, MESSAGE_KEY[error.kind], { target: error.target }),
    detail: error.detail,
    buttons: actions.map((a) => label[a]),
    actions,
  };
}
