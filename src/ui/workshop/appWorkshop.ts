import i18next from 'i18next';
import type { Editor } from '../../editor/createEditor';
import type { Workspace } from '../../editor/persistence/workspace';
import type { UiStore } from '../uiStore';
import { createWorkshop, type Workshop } from './createWorkshop';
import { participantName, participantStore } from './participant';
import { hocuspocusConnection } from './roomConnection';
import { parseWorkshopLink, type WorkshopLink } from './workshopLink';
import './strings';

/** The name shown to the others: the participant's own, else "Guest n". */
export function presenceName(): string {
  return (
    participantName() ?? i18next.t('workshop.guest', { n: Math.floor(Math.random() * 90) + 10 })
  );
}

/**
 * The app's workshop: Hocuspocus connections, the room's process opened through the workspace,
 * and, when the page was opened from a room link (`#workshop=…&room=…&token=…`), the room
 * joined once the workspace is ready.
 */
export function createAppWorkshop(editor: Editor, workspace: Workspace, ui: UiStore): Workshop {
  const workshop = createWorkshop({
    editor,
    connect: hocuspocusConnection,
    openDocument: (doc) => workspace.openAsNew(doc),
    onInvalidRoom: (problems) =>
      ui.setState({
        notice: { kind: 'error', text: i18next.t('workshop.invalidRoom', { problems }) },
      }),
    onRejected: (code) =>
      ui.setState({
        notice: {
          kind: 'error',
          text: i18next.t(code === 4403 ? 'workshop.rejectedPermission' : 'workshop.rejected'),
        },
      }),
  });
  // A name given (or changed) in the Workshop tab is what the others see from then on.
  participantStore.subscribe((s, prev) => {
    if (s.name && s.name !== prev.name) workshop.setName(s.name);
  });
  const link: WorkshopLink | null =
    typeof location !== 'undefined' ? parseWorkshopLink(location.href) : null;
  if (link) void workspace.init().then(() => workshop.join(link, presenceName()));
  return workshop;
}
