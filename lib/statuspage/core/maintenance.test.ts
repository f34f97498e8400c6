import { describe, expect, it } from "vitest";
import {
  isMaintenanceActive,
  isMaintenanceUpcoming,
  maintenanceStatus,
  nextMaintenanceTransition,
  nextTransitionOfAll,
} from "./maintenance";
import { at } from "../fixtures.test-helpers";

const window = { scheduledFor: at(60), scheduledUntil: at(120) };

describe("maintenanceStatus", () => {
  it("moves from scheduled to in progress to completed by the clock alone", () => {
    expect(maintenanceStatus(window, at(0))).toBe("scheduled");
    expect(maintenanceStatus(window, at(59.99))).toBe("scheduled");
    expect(maintenanceStatus(window, at(60))).toBe("in_progress");
    expect(maintenanceStatus(window, at(119))).toBe("in_progress");
    expect(maintenanceStatus(window, at(120))).toBe("completed");
    expect(maintenanceStatus(window, at(10_000))).toBe("completed");
  });

  it("completes early when marked completed, from that moment on", () => {
    const early = { ...window, completedAt: at(90) };
    expect(maintenanceStatus(early, at(89))).toBe("in_progress");
    expect(maintenanceStatus(early, at(90))).toBe("completed");
  });

  it("shows verifying after the manual step, until the window ends", () => {
    const verifying = { ...window, verifyingAt: at(100) };
    expect(maintenanceStatus(verifying, at(99))).toBe("in_progress");
    expect(maintenanceStatus(verifying, at(100))).toBe("verifying");
    expect(maintenanceStatus(verifying, at(120))).toBe("completed");
  });

  it("tells active and upcoming apart", () => {
    expect(isMaintenanceUpcoming(window, at(0))).toBe(true);
    expect(isMaintenanceActive(window, at(0))).toBe(false);
    expect(isMaintenanceActive(window, at(61))).toBe(true);
    expect(isMaintenanceActive({ ...window, verifyingAt: at(62) }, at(63))).toBe(true);
    expect(isMaintenanceActive(window, at(121))).toBe(false);
  });

  it("knows when its status next changes", () => {
    expect(nextMaintenanceTransition(window, at(0))).toEqual(at(60));
    expect(nextMaintenanceTransition({ ...window, completedAt: at(90) }, at(70))).toEqual(at(90));
    expect(nextMaintenanceTransition(window, at(70))).toEqual(at(120));
    expect(nextMaintenanceTransition(window, at(130))).toBeNull();
  });

  it("finds the earliest coming change among several windows", () => {
    const later = { scheduledFor: at(300), scheduledUntil: at(400) };
    expect(nextTransitionOfAll([later, window], at(70))).toEqual(at(120));
    expect(nextTransitionOfAll([later, window], at(200))).toEqual(at(300));
    expect(nextTransitionOfAll([later, window], at(500))).toBeNull();
    expect(nextTransitionOfAll([], at(0))).toBeNull();
  });
});
