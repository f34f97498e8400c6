import Link from "next/link";
import { Alert, Badge, Card, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can, type OrgContext } from "@/lib/access/context";
import { deployGate } from "@/lib/slo/deploy-gate";
import { burnState, percent } from "@/lib/slo/core/display";
import { serviceSloStatuses } from "@/lib/slo/status";
import { ExceptionForm } from "./ExceptionForm";

/** The service's SLOs with their budgets, and its deploy gate. */
export async function ServiceSlos({
  ctx,
  org,
  service,
}: {
  ctx: OrgContext;
  org: string;
  service: { id: string; slug: string };
}) {
  const [slos, gate] = await Promise.all([serviceSloStatuses(ctx, service.id), deployGate(ctx, service.slug)]);
  return (
    <>
      <Card title="SLOs">
        {slos.length === 0 ? (
          <EmptyState title="No SLOs" description="Create an SLI and an SLO for this service." />
        ) : (
          <Table caption="SLOs of this service">
            <THead>
              <Tr>
                <Th>SLO</Th>
                <Th>Attainment</Th>
                <Th>Budget remaining</Th>
                <Th>Burn</Th>
              </Tr>
            </THead>
            <TBody>
              {slos.map(({ slo, status }) => {
                const burn = status ? burnState(status.alerts) : { label: "—", tone: "neutral" as const };
                return (
                  <Tr key={slo.id}>
                    <Td>
                      <Link href={`/${org}/slos/${slo.id}`}>{slo.name}</Link>
                    </Td>
                    <Td>{percent(status?.attainment)}</Td>
                    <Td>{percent(status?.errorBudget.remainingRatio, 1)}</Td>
                    <Td>
                      <Badge tone={burn.tone} dot>
                        {burn.label}
                      </Badge>
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Deploy gate">
        {gate.allowed && !gate.exception ? <Alert tone="ok">Deploys are allowed.</Alert> : null}
        {gate.exception ? (
          <Alert tone="warn">
            Frozen, but an exception allows deploys until {gate.exception.expiresAt.toISOString()}:{" "}
            {gate.exception.reason}
          </Alert>
        ) : null}
        {!gate.allowed ? <Alert tone="critical">Deploys are frozen.</Alert> : null}
        {gate.blockingSlos.length ? (
          <ul>
            {gate.blockingSlos.map((b) => (
              <li key={b.sloId}>
                {b.name}: {b.reason}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          CI/CD: <code>GET /api/v1/services/{service.slug}/deploy-gate</code> answers 200 or 423.
        </p>
        {can(ctx, "config:write") && !gate.allowed ? <ExceptionForm org={org} slug={service.slug} /> : null}
      </Card>
    </>
  );
}
