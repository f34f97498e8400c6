import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { updateTask, updateTaskSchema } from "@/lib/incidents/tasks";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute("/api/v1/incidents/{id}/tasks/{taskId}", async (req, ctx, params) => {
  const input = await parseBody(req, updateTaskSchema);
  return json(await updateTask(ctx, params.id ?? "", params.taskId ?? "", input));
});
