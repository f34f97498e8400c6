import "server-only";
import { notFound, redirect } from "next/navigation";
import { userOrgContext } from "@/lib/access/user-context";
import type { OrgContext } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";

/** For pages: the member's context, or a redirect to sign-in, or a 404 for someone else's organization. */
export async function pageContext(slug: string, path = `/${slug}`): Promise<OrgContext> {
  try {
    return await userOrgContext(slug);
  } catch (e) {
    if (isDomainError(e) && e.status === 401) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  }
}

/** For server actions: the member's context; failures surface as the action's error message. */
export const actionContext = (slug: string) => userOrgContext(slug);
