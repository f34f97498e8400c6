import Link from "next/link";
import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/Avatar";
import { Badge } from "@/components/ui/Badge";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { CollapsibleSidebar } from "./CollapsibleSidebar";
import { CommandPalette, CommandPaletteTrigger, type CommandPaletteItem } from "./CommandPalette";
import { NavIcon } from "./icons";
import { navSections, orgPath } from "./nav";
import { NavLink } from "./NavLink";
import { OrgSwitcher, type OrgSummary } from "./OrgSwitcher";
import { ThemeToggle } from "./ThemeToggleClient";
import styles from "./AppShell.module.css";

export const MAIN_CONTENT_ID = "main-content";

export type AppShellProps = {
  org: OrgSummary;
  /** Every org the user belongs to (including `org`); drives the switcher. */
  orgs: OrgSummary[];
  user: { name: string; email: string };
  /** The user's role in `org`, e.g. "owner", "responder". */
  role: string;
  /** Sign-out control supplied by the page (e.g. a client button calling next-auth signOut). */
  signOutSlot?: ReactNode;
  /** Extra command palette entries for this page. */
  extraCommands?: CommandPaletteItem[];
  children: ReactNode;
};

/** Authenticated app frame: skip link, sidebar (org switcher, nav, user, theme), command palette, main. */
export function AppShell({ org, orgs, user, role, signOutSlot, extraCommands, children }: AppShellProps) {
  const home = orgPath(org.slug);
  const brand = (
    <Link href={home} className={styles.brand}>
      <LogoMark />
      <span>Vigil</span>
    </Link>
  );

  return (
    <div className={styles.shell}>
      <a href={`#${MAIN_CONTENT_ID}`} className={styles.skipLink}>
        Skip to content
      </a>

      <CollapsibleSidebar brand={brand} topBarActions={<CommandPaletteTrigger compact />}>
        <div className={styles.sidebarBrand}>{brand}</div>
        <OrgSwitcher current={org} orgs={orgs} />
        <CommandPaletteTrigger />

        <nav aria-label="Main" className={styles.nav}>
          <ul role="list" className={styles.navList}>
            {navSections(org.slug).map((section) => (
              <li key={section.id}>
                <NavLink href={section.href} exact={section.id === "overview"} className={styles.navLink}>
                  <NavIcon id={section.id} />
                  <span>{section.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <div className={styles.sidebarFooter}>
          <div className={styles.user}>
            <Avatar name={user.name || user.email} decorative />
            <div className={styles.userText}>
              <span className={styles.userName}>{user.name || user.email}</span>
              {user.name ? (
                <span className={styles.userEmail} title={user.email}>
                  {user.email}
                </span>
              ) : null}
            </div>
            <Badge className={styles.role}>
              <VisuallyHidden>Role: </VisuallyHidden>
              {role}
            </Badge>
          </div>
          <ThemeToggle />
          {signOutSlot ? <div className={styles.signOut}>{signOutSlot}</div> : null}
        </div>
      </CollapsibleSidebar>

      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        <div className={styles.content}>{children}</div>
      </main>

      <CommandPalette org={org.slug} extraItems={extraCommands} />
    </div>
  );
}

function LogoMark() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={styles.logo}>
      <rect width="20" height="20" rx="5" fill="var(--color-accent)" />
      <path
        d="M5 6.5l5 8 5-8"
        fill="none"
        stroke="var(--color-accent-fg)"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
