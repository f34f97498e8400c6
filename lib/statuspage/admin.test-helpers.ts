import type { z } from "zod";
import type { OrgContext } from "@/lib/access/context";
import * as components from "./components";
import * as maintenances from "./maintenance";
import * as pages from "./pages";
import * as s from "./core/schemas";

// The data-access functions take parsed input, like a route or an action passes them; these
// wrappers parse first so the integration tests read like API calls.
type In<T extends z.ZodType> = z.input<T>;

export const createStatusPage = (ctx: OrgContext, input: In<typeof s.createStatusPageSchema>) =>
  pages.createStatusPage(ctx, s.createStatusPageSchema.parse(input));
export const updateStatusPage = (ctx: OrgContext, id: string, input: In<typeof s.updateStatusPageSchema>) =>
  pages.updateStatusPage(ctx, id, s.updateStatusPageSchema.parse(input));
export const createComponentGroup = (ctx: OrgContext, pageId: string, input: In<typeof s.componentGroupSchema>) =>
  components.createComponentGroup(ctx, pageId, s.componentGroupSchema.parse(input));
export const createComponent = (ctx: OrgContext, pageId: string, input: In<typeof s.componentSchema>) =>
  components.createComponent(ctx, pageId, s.componentSchema.parse(input));
export const updateComponent = (ctx: OrgContext, id: string, input: In<typeof s.updateComponentSchema>) =>
  components.updateComponent(ctx, id, s.updateComponentSchema.parse(input));
export const setComponentOverride = (
  ctx: OrgContext,
  id: string,
  status: In<typeof s.componentOverrideSchema>["status"],
) => components.setComponentOverride(ctx, id, s.componentOverrideSchema.parse({ status }));
export const createMaintenance = (ctx: OrgContext, pageId: string, input: In<typeof s.createMaintenanceSchema>) =>
  maintenances.createMaintenance(ctx, pageId, s.createMaintenanceSchema.parse(input));
export const postMaintenanceUpdate = (ctx: OrgContext, id: string, input: In<typeof s.maintenanceUpdateSchema>) =>
  maintenances.postMaintenanceUpdate(ctx, id, s.maintenanceUpdateSchema.parse(input));
