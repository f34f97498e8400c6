// Roles and permissions. No Prisma import here, so client components can use it too.
export const ROLES = ["owner", "admin", "responder", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  responder: "Responder",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including members, owners and organization settings.",
  admin: "Configures services, SLOs, status pages, integrations and API tokens; invites members.",
  responder: "Declares and runs incidents, writes post-mortems.",
  viewer: "Reads everything the organization can see; changes nothing.",
};

const RANK: Record<Role, number> = { viewer: 0, responder: 1, admin: 2, owner: 3 };

export type Permission =
  | "org:read"
  | "incidents:write"
  | "config:write"
  | "tokens:manage"
  | "audit:read"
  | "members:manage"
  | "org:manage"
  | "telemetry:ingest";

const MIN_ROLE: Record<Exclude<Permission, "telemetry:ingest">, Role> = {
  "org:read": "viewer",
  "incidents:write": "responder",
  "config:write": "admin",
  "tokens:manage": "admin",
  "audit:read": "admin",
  "members:manage": "admin",
  "org:manage": "owner",
};

export function atLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === "telemetry:ingest") return atLeast(role, "admin");
  return atLeast(role, MIN_ROLE[permission]);
}

export const TOKEN_SCOPES = ["read", "write", "ingest"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_PERMISSIONS: Record<TokenScope, Permission[]> = {
  read: ["org:read"],
  write: ["org:read", "incidents:write", "config:write"],
  ingest: ["telemetry:ingest"],
};

/** Tokens never manage members, tokens or the audit log: those stay with people. */
export function scopesAllow(scopes: readonly string[], permission: Permission): boolean {
  return scopes.some((s) => (SCOPE_PERMISSIONS as Record<string, Permission[]>)[s]?.includes(permission) ?? false);
}

/** Who may give which role: admins up to admin, only owners make owners. */
export function canAssignRole(actorRole: Role, targetCurrentRole: Role | null, newRole: Role): boolean {
  if (!roleAllows(actorRole, "members:manage")) return false;
  if (actorRole === "owner") return true;
  if (newRole === "owner") return false;
  return targetCurrentRole === null || RANK[targetCurrentRole] <= RANK[actorRole];
}

export function permissionDeniedMessage(permission: Permission): string {
  switch (permission) {
    case "incidents:write":
      return "Viewers cannot change incidents: ask an admin for the responder role.";
    case "config:write":
      return "Only admins and owners can change configuration.";
    case "tokens:manage":
      return "Only admins and owners can manage API tokens.";
    case "audit:read":
      return "Only admins and owners can read the audit log.";
    case "members:manage":
      return "Only admins and owners can manage members.";
    case "org:manage":
      return "Only owners can change organization settings.";
    case "telemetry:ingest":
      return "This token lacks the ingest scope.";
    default:
      return "You are not allowed to do this.";
  }
}
