import type { Metadata } from "next";
import { Avatar, Badge, Card, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { ROLE_LABELS } from "@/lib/auth/core/roles";
import { formatDateTime } from "@/lib/time/format";
import { listMembers, listPendingInvites } from "@/lib/orgs/service";
import { pageContext } from "@/lib/server/page-context";
import { InviteForm, MemberRoleForm, RemoveMemberButton, RevokeInviteButton } from "./MemberForms";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/members`);
  const manage = can(ctx, "members:manage");
  const [members, invites] = await Promise.all([listMembers(ctx), manage ? listPendingInvites(ctx) : []]);
  const myRole = ctx.actor.type === "user" ? ctx.actor.role : "viewer";
  return (
    <>
      <PageHeader title="Members" description={`${members.length} people in ${ctx.org.name}`} />
      {manage ? (
        <Card title="Invite someone">
          <InviteForm org={org} canInviteOwners={myRole === "owner"} />
        </Card>
      ) : null}
      <Table caption="Members">
        <THead>
          <Tr>
            <Th>Person</Th>
            <Th>Role</Th>
            <Th>Member since</Th>
            {manage ? <Th>Actions</Th> : null}
          </Tr>
        </THead>
        <TBody>
          {members.map((m) => (
            <Tr key={m.id}>
              <Td>
                <div className="row">
                  <Avatar name={m.user.name} />
                  <div>
                    <div>{m.user.name}</div>
                    <div className="muted">{m.user.email}</div>
                  </div>
                </div>
              </Td>
              <Td>
                {manage ? (
                  <MemberRoleForm
                    org={org}
                    membershipId={m.id}
                    role={m.role}
                    name={m.user.name}
                    canGrantOwner={myRole === "owner"}
                  />
                ) : (
                  <Badge>{ROLE_LABELS[m.role]}</Badge>
                )}
              </Td>
              <Td mono>{formatDateTime(m.createdAt)}</Td>
              {manage ? (
                <Td>
                  <RemoveMemberButton org={org} membershipId={m.id} name={m.user.name} />
                </Td>
              ) : null}
            </Tr>
          ))}
        </TBody>
      </Table>
      {manage && invites.length ? (
        <Table caption="Pending invitations">
          <THead>
            <Tr>
              <Th>For</Th>
              <Th>Role</Th>
              <Th>Expires</Th>
              <Th>Actions</Th>
            </Tr>
          </THead>
          <TBody>
            {invites.map((i) => (
              <Tr key={i.id}>
                <Td>{i.email ?? "anyone with the link"}</Td>
                <Td>{ROLE_LABELS[i.role]}</Td>
                <Td mono>{formatDateTime(i.expiresAt)}</Td>
                <Td>
                  <RevokeInviteButton org={org} inviteId={i.id} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </>
  );
}
