"use client";

import { useState } from "react";
import { Button, Checkbox, Input, Select, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { AlertCondition } from "@/lib/slo/core/types";

type Row = {
  id: string;
  severity: "page" | "ticket";
  factor: string;
  longWindowMinutes: string;
  shortWindowMinutes: string;
};

const toRow = (c: AlertCondition): Row => ({
  id: c.id,
  severity: c.severity,
  factor: String(c.factor),
  longWindowMinutes: String(c.longWindowMinutes),
  shortWindowMinutes: String(c.shortWindowMinutes),
});
// Numbers the browser cannot read stay as given, so the server names the field instead of guessing.
const num = (v: string) => (v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v);
const toCondition = (r: Row) => ({
  id: r.id,
  severity: r.severity,
  factor: num(r.factor),
  longWindowMinutes: num(r.longWindowMinutes),
  shortWindowMinutes: num(r.shortWindowMinutes),
});

/**
 * The SLO's burn-rate conditions: Vigil's defaults (scaled to the window), or its own list of
 * multiwindow conditions. Kept as JSON in one hidden field the action parses with the SLO schema.
 */
export function AlertConditionsEditor({
  own,
  defaults,
  errors,
}: {
  own: AlertCondition[] | null;
  defaults: AlertCondition[];
  errors: Record<string, string[]>;
}) {
  const [custom, setCustom] = useState(own !== null);
  const [rows, setRows] = useState<Row[]>((own ?? defaults).map(toRow));
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, n) => (n === i ? { ...r, ...patch } : r)));
  const rowError = (i: number) =>
    ["id", "severity", "factor", "longWindowMinutes", "shortWindowMinutes"]
      .flatMap((f) => errors[`alertConditions.${i}.${f}`] ?? [])
      .join(" ");
  return (
    <fieldset className="stack">
      <legend>Burn-rate alert conditions</legend>
      <p>Fires when the burn rate exceeds the factor over both the long and the short window (minutes).</p>
      <Checkbox
        label="Use Vigil's defaults (SRE Workbook, scaled to the window)"
        checked={!custom}
        onChange={(e) => setCustom(!e.target.checked)}
      />
      <input type="hidden" name="alertConditions" value={custom ? JSON.stringify(rows.map(toCondition)) : "defaults"} />
      {errors.alertConditions ? <p role="alert">{errors.alertConditions.join(" ")}</p> : null}
      <Table caption={custom ? "Alert conditions of this SLO" : "Default alert conditions"}>
        <THead>
          <Tr>
            <Th>Id</Th>
            <Th>Severity</Th>
            <Th>Factor</Th>
            <Th>Long window</Th>
            <Th>Short window</Th>
            <Th>{custom ? "Remove" : ""}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r, i) => {
            const n = i + 1;
            return (
              <Tr key={i}>
                <Td>
                  <Input
                    aria-label={`Id of condition ${n}`}
                    value={r.id}
                    disabled={!custom}
                    onChange={(e) => set(i, { id: e.target.value })}
                  />
                </Td>
                <Td>
                  <Select
                    aria-label={`Severity of condition ${n}`}
                    value={r.severity}
                    disabled={!custom}
                    onChange={(e) => set(i, { severity: e.target.value as Row["severity"] })}
                  >
                    <option value="page">page</option>
                    <option value="ticket">ticket</option>
                  </Select>
                </Td>
                <Td>
                  <Input
                    aria-label={`Factor of condition ${n}`}
                    inputMode="decimal"
                    value={r.factor}
                    disabled={!custom}
                    onChange={(e) => set(i, { factor: e.target.value })}
                  />
                </Td>
                <Td>
                  <Input
                    aria-label={`Long window of condition ${n} (minutes)`}
                    type="number"
                    min={1}
                    value={r.longWindowMinutes}
                    disabled={!custom}
                    onChange={(e) => set(i, { longWindowMinutes: e.target.value })}
                  />
                </Td>
                <Td>
                  <Input
                    aria-label={`Short window of condition ${n} (minutes)`}
                    type="number"
                    min={1}
                    value={r.shortWindowMinutes}
                    disabled={!custom}
                    onChange={(e) => set(i, { shortWindowMinutes: e.target.value })}
                  />
                  {rowError(i) ? <p role="alert">{rowError(i)}</p> : null}
                </Td>
                <Td>
                  {custom ? (
                    <Button
                      type="button"
                      size="sm"
                      variant="ghost"
                      onClick={() => setRows(rows.filter((_, m) => m !== i))}
                    >
                      Remove condition {n}
                    </Button>
                  ) : null}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {custom ? (
        <div className="row">
          <Button
            type="button"
            size="sm"
            onClick={() =>
              setRows([
                ...rows,
                {
                  id: `condition-${rows.length + 1}`,
                  severity: "ticket",
                  factor: "1",
                  longWindowMinutes: "360",
                  shortWindowMinutes: "30",
                },
              ])
            }
            disabled={rows.length >= 10}
          >
            Add condition
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
