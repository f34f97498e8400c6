export { AppShell, MAIN_CONTENT_ID, type AppShellProps } from "./AppShell";
export { CollapsibleSidebar, type CollapsibleSidebarProps } from "./CollapsibleSidebar";
export {
  CommandPalette,
  CommandPaletteTrigger,
  type CommandPaletteItem,
  type CommandPaletteProps,
  type CommandPaletteTriggerProps,
} from "./CommandPalette";
export {
  OPEN_COMMAND_PALETTE_EVENT,
  OPEN_SHORTCUTS_HELP_EVENT,
  openCommandPalette,
  openShortcutsHelp,
} from "./command-events";
export { KEYBOARD_SHORTCUTS, navSections, orgPath, type NavSection, type NavSectionId, type ShortcutHelp } from "./nav";
export { NavLink, type NavLinkProps } from "./NavLink";
export { OrgSwitcher, type OrgSummary, type OrgSwitcherProps } from "./OrgSwitcher";
export { ShortcutKeys, type ShortcutKeysProps } from "./ShortcutKeys";
export {
  THEME_COOKIE_NAME,
  THEME_PREFERENCES,
  THEME_STORAGE_KEY,
  parseThemePreference,
  themeAttributeFromCookie,
  themeInitScript,
  type ThemePreference,
} from "./theme";
export { ThemeToggle, type ThemeToggleProps } from "./ThemeToggleClient";
