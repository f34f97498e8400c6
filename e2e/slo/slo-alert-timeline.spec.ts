import { expect, database, signInViaApi, test } from "../support/fixtures";

test("[SLO]: burn-rate alerts that fired and resolved read as such on the incident timeline", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.responder.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const incident = (await (
    await page.request.post("/api/v1/incidents", { headers, data: { title: "Checkout errors", severity: "SEV2" } })
  ).json()) as { id: string; number: number };
  const db = database();
  const { id: orgId } = await db.organization.findUniqueOrThrow({ where: { slug: org.slug } });
  // The events exactly as the alert job appends them (lib/slo/alert-incidents.ts).
  const figures = {
    severity: "page",
    factor: 14.4,
    longWindowMinutes: 60,
    shortWindowMinutes: 5,
    longBurnRate: 50,
    shortBurnRate: 62.5,
    longWindowEvents: 60000,
    minEvents: null,
    reason: null,
  };
  const actor = {
    orgId,
    incidentId: incident.id,
    actorType: "system" as const,
    actorId: "slo-alerts",
    actorLabel: "slo-alerts",
  };
  await db.timelineEvent.create({
    data: {
      ...actor,
      kind: "slo.alert_fired",
      occurredAt: new Date(),
      data: { sloId: "x", sloName: "Checkout availability", conditionId: "page-fast", status: "firing", ...figures },
    },
  });
  await db.timelineEvent.create({
    data: {
      ...actor,
      kind: "slo.alert_resolved",
      occurredAt: new Date(),
      data: {
        sloId: "x",
        sloName: "Checkout availability",
        alertId: "a",
        conditionId: "page-fast",
        ...figures,
        longBurnRate: 0.4,
        status: "ok",
      },
    },
  });

  await page.goto(`/${org.slug}/incidents/${incident.number}`);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText(
    "SLO Checkout availability: page burn-rate alert page-fast fired (burn 50.0× over 60 min and 62.5× over 5 min, above 14.4)",
  );
  await expect(timeline).toContainText(
    "SLO Checkout availability: burn-rate alert page-fast resolved (burn 0.4× over 60 min)",
  );
});
