import Link from "next/link";
import { initials } from "@/components/ui/Avatar";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { CheckIcon, ChevronUpDownIcon } from "./icons";
import { orgPath } from "./nav";
import styles from "./AppShell.module.css";

export type OrgSummary = { slug: string; name: string };

export type OrgSwitcherProps = {
  current: OrgSummary;
  orgs: OrgSummary[];
};

/** Disclosure (<details>) listing the user's organizations; works without JavaScript. */
export function OrgSwitcher({ current, orgs }: OrgSwitcherProps) {
  const others = orgs.filter((org) => org.slug !== current.slug);
  const badge = (
    <span className={styles.orgMark} aria-hidden="true">
      {initials(current.name)}
    </span>
  );

  if (others.length === 0) {
    return (
      <div className={styles.orgStatic}>
        {badge}
        <span className={styles.orgName}>
          <VisuallyHidden>Organization: </VisuallyHidden>
          {current.name}
        </span>
      </div>
    );
  }

  return (
    // Keyed by org so the disclosure starts closed again after switching.
    <details key={current.slug} className={styles.orgSwitcher}>
      <summary className={styles.orgSummary}>
        {badge}
        <span className={styles.orgName}>
          <VisuallyHidden>Organization: </VisuallyHidden>
          {current.name}
        </span>
        <VisuallyHidden>, switch organization</VisuallyHidden>
        <ChevronUpDownIcon />
      </summary>
      <ul role="list" className={styles.orgList}>
        {[current, ...others].map((org) => {
          const isCurrent = org.slug === current.slug;
          return (
            <li key={org.slug}>
              <Link href={orgPath(org.slug)} className={styles.orgLink} aria-current={isCurrent ? "true" : undefined}>
                <span className={styles.orgLinkName}>{org.name}</span>
                {isCurrent ? <CheckIcon /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
