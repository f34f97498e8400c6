// Server-safe navigation model shared by the sidebar and the command palette.

export type NavSectionId = "overview" | "services" | "slos" | "incidents" | "postmortems" | "status-pages" | "settings";

export type NavSection = {
  id: NavSectionId;
  label: string;
  href: string;
  /** Key sequence, e.g. "g s". */
  shortcut?: string;
};

/** `/${org}${path}` with the slug URL-encoded. */
export function orgPath(org: string, path = ""): string {
  return `/${encodeURIComponent(org)}${path}`;
}

export function navSections(org: string): NavSection[] {
  return [
    { id: "overview", label: "Overview", href: orgPath(org) },
    { id: "services", label: "Services", href: orgPath(org, "/services"), shortcut: "g s" },
    { id: "slos", label: "SLOs", href: orgPath(org, "/slos"), shortcut: "g o" },
    { id: "incidents", label: "Incidents", href: orgPath(org, "/incidents"), shortcut: "g i" },
    { id: "postmortems", label: "Post-mortems", href: orgPath(org, "/postmortems") },
    { id: "status-pages", label: "Status pages", href: orgPath(org, "/status-pages") },
    { id: "settings", label: "Settings", href: orgPath(org, "/settings") },
  ];
}

export type ShortcutHelp = { keys: string; description: string };

/**
 * Everything the "?" dialog lists. Space separates keys pressed in sequence, "+" keys pressed
 * together; "Mod" renders as ⌘ on Apple platforms, Ctrl elsewhere.
 */
export const KEYBOARD_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: "Mod+K", description: "Open command palette" },
  { keys: "/", description: "Open command palette" },
  { keys: "g s", description: "Go to Services" },
  { keys: "g i", description: "Go to Incidents" },
  { keys: "g o", description: "Go to SLOs" },
  { keys: "d", description: "Declare incident" },
  { keys: "?", description: "Show keyboard shortcuts" },
  { keys: "Esc", description: "Close dialog or menu" },
];
