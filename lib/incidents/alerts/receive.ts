import "server-only";
import { validationFailed, zodDetails } from "@/lib/errors";
import { ingestAlerts, type IngestResult } from "./ingest";
import { integrationContext, integrationForDelivery } from "./integrations";
import {
  fromWebhook,
  parseWebhookBody,
  verifyWebhook,
  webhookAlertSchema,
  type SignatureHeaders,
} from "./core/webhook";

/** A signed generic webhook delivery: verify, refuse replays, then ingest like any alert. */
export async function receiveWebhook(
  integrationId: string,
  body: string,
  headers: Partial<SignatureHeaders>,
  requestId?: string,
): Promise<IngestResult> {
  const integration = await integrationForDelivery(integrationId);
  const messageId = verifyWebhook([integration.secret], body, headers);
  const parsed = webhookAlertSchema.safeParse(parseWebhookBody(body));
  if (!parsed.success) throw validationFailed("The request body has invalid fields.", zodDetails(parsed.error));
  const ctx = integrationContext(integration, requestId);
  return ingestAlerts(ctx, [fromWebhook(integration.id, parsed.data, messageId, new Date())], {
    integrationId: integration.id,
    messageId,
  });
}
