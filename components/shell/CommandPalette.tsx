"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from "react";
import { Dialog } from "@/components/ui/Dialog";
import { cx } from "@/components/ui/cx";
import { Kbd } from "@/components/ui/Kbd";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { OPEN_COMMAND_PALETTE_EVENT, OPEN_SHORTCUTS_HELP_EVENT, openCommandPalette } from "./command-events";
import {
  ArrowRightIcon,
  CheckIcon,
  KeyboardIcon,
  MoonIcon,
  NavIcon,
  PlusIcon,
  SearchIcon,
  SunIcon,
  SystemIcon,
} from "./icons";
import { KEYBOARD_SHORTCUTS, navSections, orgPath, type NavSectionId } from "./nav";
import { useModifierKeyLabel } from "./platform";
import { ShortcutKeys } from "./ShortcutKeys";
import type { ThemePreference } from "./theme";
import { setThemePreference, useThemePreference } from "./theme-client";
import styles from "./CommandPalette.module.css";

export type CommandPaletteItem = {
  id: string;
  label: string;
  href: string;
  /** Group heading; items join an existing group of the same name. */
  group: string;
  /** Displayed hint only, e.g. "g s" or "Mod+K"; does not register a shortcut. */
  shortcut?: string;
  /** Extra search terms. */
  keywords?: string[];
};

export type CommandPaletteProps = {
  /** Current org slug; all built-in destinations are under `/${org}`. */
  org: string;
  extraItems?: CommandPaletteItem[];
};

type PaletteEntry = {
  id: string;
  label: string;
  group: string;
  icon: ReactNode;
  shortcut?: string;
  keywords?: string[];
  selected?: boolean;
  run: () => void;
};

const SEQUENCE_TIMEOUT_MS = 1200;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * ⌘/Ctrl+K (or "/") command palette plus the global single-key shortcuts and the "?" help dialog.
 * Render once per page (AppShell does); open it from elsewhere with openCommandPalette().
 */
export function CommandPalette({ org, extraItems = [] }: CommandPaletteProps) {
  const router = useRouter();
  const theme = useThemePreference();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [search, setSearch] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);

  const sections = navSections(org);
  const hrefOf = (id: NavSectionId) => sections.find((section) => section.id === id)?.href ?? orgPath(org);
  const declareHref = orgPath(org, "/incidents/new");

  const openPalette = () => {
    setHelpOpen(false);
    setSearch("");
    setPaletteOpen(true);
  };

  const openHelp = () => {
    setPaletteOpen(false);
    setHelpOpen(true);
  };

  // Key sequences like "g s": time the first key was pressed, 0 when no sequence is pending.
  const sequenceStartedAt = useRef(0);

  const onGlobalKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.isComposing) return;

    if ((event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      if (paletteOpen) setPaletteOpen(false);
      else openPalette();
      return;
    }

    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    // Single keys must not act behind an open modal (ours or anyone's).
    if (document.querySelector("dialog[open]")) return;

    const key = event.key;
    const pendingSequence =
      sequenceStartedAt.current !== 0 && Date.now() - sequenceStartedAt.current < SEQUENCE_TIMEOUT_MS;
    sequenceStartedAt.current = 0;
    if (pendingSequence) {
      const target = key === "s" ? "services" : key === "i" ? "incidents" : key === "o" ? "slos" : null;
      if (target) {
        event.preventDefault();
        router.push(hrefOf(target));
      }
      return;
    }

    if (key === "g") {
      sequenceStartedAt.current = Date.now();
    } else if (key === "/") {
      event.preventDefault();
      openPalette();
    } else if (key === "d") {
      event.preventDefault();
      router.push(declareHref);
    } else if (key === "?") {
      event.preventDefault();
      setHelpOpen(true);
    }
  });

  const onOpenPaletteRequested = useEffectEvent(() => openPalette());
  const onOpenHelpRequested = useEffectEvent(() => openHelp());

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => onGlobalKeyDown(event);
    const handleOpenPalette = () => onOpenPaletteRequested();
    const handleOpenHelp = () => onOpenHelpRequested();
    document.addEventListener("keydown", handleKeyDown);
    window.addEventListener(OPEN_COMMAND_PALETTE_EVENT, handleOpenPalette);
    window.addEventListener(OPEN_SHORTCUTS_HELP_EVENT, handleOpenHelp);
    return () => {
      document.removeEventListener("keydown", handleKeyDown);
      window.removeEventListener(OPEN_COMMAND_PALETTE_EVENT, handleOpenPalette);
      window.removeEventListener(OPEN_SHORTCUTS_HELP_EVENT, handleOpenHelp);
    };
  }, []);

  const go = (href: string) => {
    setPaletteOpen(false);
    router.push(href);
  };

  const chooseTheme = (preference: ThemePreference) => {
    setThemePreference(preference);
    setPaletteOpen(false);
  };

  const entries: PaletteEntry[] = [
    ...sections.map((section) => ({
      id: `nav-${section.id}`,
      label: section.label,
      group: "Go to",
      icon: <NavIcon id={section.id} />,
      shortcut: section.shortcut,
      run: () => go(section.href),
    })),
    {
      id: "action-declare-incident",
      label: "Declare incident",
      group: "Actions",
      icon: <PlusIcon />,
      shortcut: "d",
      keywords: ["new", "create", "page", "outage"],
      run: () => go(declareHref),
    },
    {
      id: "action-create-api-token",
      label: "Create API token",
      group: "Actions",
      icon: <PlusIcon />,
      keywords: ["key", "credential"],
      run: () => go(orgPath(org, "/settings/tokens")),
    },
    {
      id: "action-invite-member",
      label: "Invite member",
      group: "Actions",
      icon: <PlusIcon />,
      keywords: ["user", "team", "add"],
      run: () => go(orgPath(org, "/settings/members")),
    },
    ...extraItems.map((item) => ({
      id: item.id,
      label: item.label,
      group: item.group,
      icon: <ArrowRightIcon />,
      shortcut: item.shortcut,
      keywords: item.keywords,
      run: () => go(item.href),
    })),
    ...(
      [
        ["light", "Light", <SunIcon key="light" />],
        ["dark", "Dark", <MoonIcon key="dark" />],
        ["system", "System", <SystemIcon key="system" />],
      ] as const
    ).map(([value, label, icon]) => ({
      id: `theme-${value}`,
      label: `Switch theme: ${label}`,
      group: "Theme",
      icon,
      keywords: ["appearance", "dark mode", "light mode"],
      selected: theme === value,
      run: () => chooseTheme(value),
    })),
    {
      id: "help-shortcuts",
      label: "Keyboard shortcuts",
      group: "Help",
      icon: <KeyboardIcon />,
      shortcut: "?",
      keywords: ["keys", "hotkeys"],
      run: openHelp,
    },
  ];

  const groups = new Map<string, PaletteEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.group);
    if (list) list.push(entry);
    else groups.set(entry.group, [entry]);
  }

  return (
    <>
      <Dialog
        open={paletteOpen}
        onClose={() => setPaletteOpen(false)}
        title="Command palette"
        hideTitle
        hideCloseButton
        bare
        placement="top"
        initialFocusRef={inputRef}
        className={styles.paletteDialog}
      >
        <Command label="Command palette" loop vimBindings={false} className={styles.command}>
          <div className={styles.inputRow}>
            <span className={styles.inputIcon}>
              <SearchIcon />
            </span>
            <Command.Input
              ref={inputRef}
              value={search}
              onValueChange={setSearch}
              placeholder="Search pages and actions…"
              className={styles.input}
            />
            <Kbd aria-hidden="true">Esc</Kbd>
          </div>
          <Command.List className={styles.list}>
            <Command.Empty className={styles.empty}>No matches for “{search}”.</Command.Empty>
            {[...groups].map(([group, items]) => (
              <Command.Group key={group} heading={group} className={styles.group}>
                {items.map((entry) => (
                  <Command.Item
                    key={entry.id}
                    value={`${entry.label} ${entry.id}`}
                    keywords={[entry.group, ...(entry.keywords ?? [])]}
                    onSelect={entry.run}
                    className={styles.item}
                  >
                    <span className={styles.itemIcon}>{entry.icon}</span>
                    <span className={styles.itemLabel}>{entry.label}</span>
                    {entry.selected ? (
                      <span className={styles.itemCheck}>
                        <CheckIcon />
                        <VisuallyHidden>(current)</VisuallyHidden>
                      </span>
                    ) : null}
                    {entry.shortcut ? <ShortcutKeys keys={entry.shortcut} className={styles.itemShortcut} /> : null}
                  </Command.Item>
                ))}
              </Command.Group>
            ))}
          </Command.List>
          <div className={styles.footer} aria-hidden="true">
            <span>
              <Kbd>↑</Kbd> <Kbd>↓</Kbd> to move
            </span>
            <span>
              <Kbd>↵</Kbd> to select
            </span>
            <span>
              <Kbd>?</Kbd> all shortcuts
            </span>
          </div>
        </Command>
      </Dialog>

      <Dialog open={helpOpen} onClose={() => setHelpOpen(false)} title="Keyboard shortcuts" size="sm">
        <p className={styles.helpNote}>Single-key shortcuts are ignored while you type in a field.</p>
        <dl className={styles.shortcutList}>
          {KEYBOARD_SHORTCUTS.map((shortcut) => (
            <div key={`${shortcut.keys}-${shortcut.description}`} className={styles.shortcutRow}>
              <dt>{shortcut.description}</dt>
              <dd>
                <ShortcutKeys keys={shortcut.keys} />
              </dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </>
  );
}

export type CommandPaletteTriggerProps = {
  /** Icon-only variant for tight spaces (mobile top bar). */
  compact?: boolean;
  className?: string;
};

/** Button that opens the palette; shows the platform's shortcut. */
export function CommandPaletteTrigger({ compact = false, className }: CommandPaletteTriggerProps) {
  const mod = useModifierKeyLabel();
  return (
    <button
      type="button"
      className={cx(compact ? styles.triggerCompact : styles.trigger, className)}
      onClick={openCommandPalette}
      aria-haspopup="dialog"
      aria-keyshortcuts="Control+K Meta+K /"
      aria-label={compact ? "Search and commands" : undefined}
    >
      <SearchIcon />
      {compact ? null : (
        <>
          <span className={styles.triggerLabel}>Search…</span>
          <span className={styles.triggerKeys} aria-hidden="true">
            <Kbd>{mod}</Kbd>
            <Kbd>K</Kbd>
          </span>
        </>
      )}
    </button>
  );
}
