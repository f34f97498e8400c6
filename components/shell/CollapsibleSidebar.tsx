"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { CloseIcon, MenuIcon } from "./icons";
import styles from "./AppShell.module.css";

export type CollapsibleSidebarProps = {
  /** Shown in the narrow-screen top bar. */
  brand: ReactNode;
  /** Extra controls in the top bar, left of the menu button (e.g. a search trigger). */
  topBarActions?: ReactNode;
  children: ReactNode;
};

/**
 * Sidebar on wide screens; under 768px a top bar whose menu button discloses the same content.
 * Closes on navigation and on Esc.
 */
export function CollapsibleSidebar({ brand, topBarActions, children }: CollapsibleSidebarProps) {
  const pathname = usePathname();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Remember which route the menu was opened on: navigating elsewhere closes it without an effect.
  const [openOnPath, setOpenOnPath] = useState<string | null>(null);
  const open = openOnPath === pathname;

  return (
    // <header> outside <main> is the page's banner landmark: brand, navigation, account.
    <header className={styles.sidebar} data-print="hide">
      <div className={styles.topBar}>
        {brand}
        <div className={styles.topBarActions}>
          {topBarActions}
          <button
            ref={buttonRef}
            type="button"
            className={styles.menuButton}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpenOnPath(open ? null : pathname)}
          >
            {open ? <CloseIcon /> : <MenuIcon />}
            <span className={styles.menuButtonLabel}>Menu</span>
          </button>
        </div>
      </div>
      <div
        id={panelId}
        className={styles.panel}
        data-open={open || undefined}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            setOpenOnPath(null);
            buttonRef.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </header>
  );
}
