"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";

export type NavLinkProps = Omit<ComponentProps<typeof Link>, "href"> & {
  href: string;
  /** Only active on an exact path match (for section roots like Overview). */
  exact?: boolean;
};

/** Link that marks itself aria-current="page" when its section is the current route. */
export function NavLink({ href, exact = false, ...rest }: NavLinkProps) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={active ? "page" : undefined} {...rest} />;
}
