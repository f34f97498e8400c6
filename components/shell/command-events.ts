// Lets any client component (sidebar trigger, page buttons) open the single palette instance.
export const OPEN_COMMAND_PALETTE_EVENT = "vigil:open-command-palette";
export const OPEN_SHORTCUTS_HELP_EVENT = "vigil:open-shortcuts-help";

export function openCommandPalette(): void {
  window.dispatchEvent(new Event(OPEN_COMMAND_PALETTE_EVENT));
}

export function openShortcutsHelp(): void {
  window.dispatchEvent(new Event(OPEN_SHORTCUTS_HELP_EVENT));
}
