"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
  Textarea,
} from "@/components/ui";
import type { Plan } from "@/lib/slo/openslo/core/model";
import { importOpenSloAction, type ImportState } from "./actions";

const ACTIONS = [
  { key: "created", label: "Create", tone: "ok" },
  { key: "updated", label: "Update", tone: "warn" },
  { key: "deleted", label: "Delete", tone: "critical" },
  { key: "unchanged", label: "Unchanged", tone: "neutral" },
] as const;

function PlanTable({ plan }: { plan: Plan }) {
  const rows = ACTIONS.flatMap((a) => plan[a.key].map((e) => ({ ...e, action: a })));
  return (
    <Table caption="Plan">
      <THead>
        <Tr>
          <Th>Action</Th>
          <Th>Kind</Th>
          <Th>Name</Th>
          <Th>Changed fields</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={`${r.kind}/${r.name}`}>
            <Td>
              <Badge tone={r.action.tone}>{r.action.label}</Badge>
            </Td>
            <Td>{r.kind}</Td>
            <Td>{r.name}</Td>
            <Td>{r.changes?.join(", ") ?? ""}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function ImportForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(importOpenSloAction.bind(null, org), {} as ImportState);
  const [yaml, setYaml] = useState("");
  const [source, setSource] = useState("");
  const [adopt, setAdopt] = useState(false);
  // Apply is offered only for the exact text, source and adoption whose plan is on screen.
  const planned =
    state.plan && !state.applied && state.source === source && state.adopt === adopt ? state.yaml : undefined;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setYaml((await file.text()).replace(/\r\n/g, "\n"));
  }

  return (
    <form action={action} className="stack">
      {state.message ? (
        <Alert tone={state.ok ? (state.applied ? "ok" : "info") : "critical"}>{state.message}</Alert>
      ) : null}
      {state.issues?.length ? (
        <Table caption="Problems in the file">
          <THead>
            <Tr>
              <Th>Document</Th>
              <Th>Path</Th>
              <Th>Problem</Th>
            </Tr>
          </THead>
          <TBody>
            {state.issues.map((i, n) => (
              <Tr key={n}>
                <Td>{i.document}</Td>
                <Td>
                  <code>{i.path}</code>
                </Td>
                <Td>{i.message}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      <Field label="Upload a file" hint="OpenSLO v1 YAML (.yaml, .yml); it replaces the text below.">
        <Input type="file" accept=".yaml,.yml,application/yaml,text/yaml,text/plain" onChange={onFile} />
      </Field>
      <Field label="OpenSLO YAML" hint="Service, SLI, SLO, AlertPolicy and AlertCondition documents separated by ---.">
        <Textarea
          name="yaml"
          rows={18}
          mono
          value={yaml}
          onChange={(e) => setYaml(e.target.value)}
          spellCheck={false}
        />
      </Field>
      <div className="row">
        <Field
          label="Source"
          hint={
            'The repository or team this file is; applying prunes only its own SLOs. Empty: the file\'s vigil.dev/source annotation, else "default".'
          }
          error={state.fieldErrors?.source}
        >
          <Input name="source" value={source} onChange={(e) => setSource(e.target.value)} placeholder="default" />
        </Field>
        <Checkbox
          name="adopt"
          label="Adopt objects another source manages"
          checked={adopt}
          onChange={(e) => setAdopt(e.target.checked)}
        />
      </div>
      {state.plan ? <PlanTable plan={state.plan} /> : null}
      <div className="row">
        <Button type="submit" name="intent" value="plan" pending={pending}>
          Preview plan
        </Button>
        <Button type="submit" name="intent" value="apply" variant="primary" disabled={pending || planned !== yaml}>
          Apply
        </Button>
      </div>
    </form>
  );
}
