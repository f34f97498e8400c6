import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createTask, createTaskSchema } from "@/lib/incidents/tasks";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/incidents/{id}/tasks", async (req, ctx, params) => {
  const input = await parseBody(req, createTaskSchema);
  return json(await createTask(ctx, params.id ?? "", input), { status: 201 });
});
