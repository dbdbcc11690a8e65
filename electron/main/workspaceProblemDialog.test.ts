import { describe, expect, it } from 'vitest';
import { WorkspaceUnavailableError } from './db/workspaceErrors';
import { workspaceProblemDialog } from './workspaceProblemDialog';

describe('workspaceProblemDialog', () => {
  it('offers retry and read-only for a lock, naming the file, in English and French', () => {
    const err = new WorkspaceUnavailableError('busy', '/home/a/ws/workspace.sqlite', 'SQLITE_BUSY: database is locked');
    const en = workspaceProblemDialog(err, 'en');
    expect(en.actions).toEqual(['retry', 'readOnly', 'quit']);
    expect(en.buttons).toEqual(['Retry', 'Open read-only', 'Quit ShipWeek']);
    expect(en.message).toContain('/home/a/ws/workspace.sqlite');
    expect(en.message).toContain('Nothing was changed');
    expect(en.detail).toContain('SQLITE_BUSY');
    const fr = workspaceProblemDialog(err, 'fr');
    expect(fr.buttons).toEqual(['Réessayer', 'Ouvrir en lecture seule', 'Quitter ShipWeek']);
    expect(fr.message).toContain('Rien n’a été modifié'.replace('’', "'"));
  });

  it('offers no read-only open on a full disk: retry after freeing space, or quit', () => {
    const d = workspaceProblemDialog(new WorkspaceUnavailableError('noSpace', '/data', 'SQLITE_FULL'), 'en');
    expect(d.actions).toEqual(['retry', 'quit']);
    expect(d.message).toMatch(/full/);
    expect(d.message).toContain('/data');
  });
});
