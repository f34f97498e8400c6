import { redirect } from "next/navigation";
import { myOrganizations } from "@/lib/access/user-context";
import { currentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

// Home: straight to the first organization, or to sign-in.
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const orgs = await myOrganizations(user.id);
  redirect(orgs[0] ? `/${orgs[0].slug}` : "/orgs/new");
}
