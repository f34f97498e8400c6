import { Alert } from "@/components/ui";

/** Shown on the edit forms of objects applied from OpenSLO: git is their source of truth. */
export function ManagedWarning({
  kind,
  managedBy,
  managedSource,
}: {
  kind: "SLO" | "SLI";
  managedBy: string | null;
  managedSource: string | null;
}) {
  if (!managedBy) return null;
  const fromGit =
    kind === "SLO"
      ? "its description, target, window, budgeting method, threshold and alert conditions"
      : "its service, description, kind, source, queries and threshold value";
  const kept =
    kind === "SLO"
      ? " Minimum events, the freeze threshold and the incident policy are not in OpenSLO: they stay as set here."
      : " The threshold unit is not in OpenSLO: it stays as set here.";
  return (
    <Alert tone="warn" title="Managed by git">
      This {kind} is managed by OpenSLO (source &ldquo;{managedSource ?? "default"}&rdquo;): the next apply of that
      source overwrites {fromGit} with what the file says.
      {kept} Renaming it here makes the next apply create it again under its file name and delete this one.
    </Alert>
  );
}
