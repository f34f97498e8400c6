import { describe, expect, it } from "vitest";
import { addressProblem, hostProblem, parseNetworks, type OutboundPolicy } from "./policy";

const closed: OutboundPolicy = { allowPrivate: false, allowedNetworks: [], setting: "OUTBOUND_ALLOW_PRIVATE" };
const open: OutboundPolicy = { ...closed, allowPrivate: true };
const everything: OutboundPolicy = { ...open, allowedNetworks: parseNetworks("0.0.0.0/0, ::/0") };

const NEVER = [
  "169.254.169.254",
  "169.254.0.1",
  "::ffff:169.254.169.254",
  "fe80::1",
  "fd00:ec2::254",
  "100.100.100.200",
  "0.0.0.0",
  "::",
  "224.0.0.1",
  "255.255.255.255",
];
const PRIVATE = [
  "127.0.0.1",
  "127.1.2.3",
  "::1",
  "::ffff:127.0.0.1",
  "10.0.0.5",
  "172.16.9.9",
  "192.168.1.1",
  "fd12::1",
  "100.64.0.1",
];

describe("addressProblem", () => {
  it.each(NEVER)("refuses %s whatever the settings", (address) => {
    for (const policy of [closed, open, everything]) expect(addressProblem(address, policy)).not.toBeNull();
  });
  it.each(PRIVATE)("refuses %s unless private addresses are allowed", (address) => {
    expect(addressProblem(address, closed)).toMatch(/OUTBOUND_ALLOW_PRIVATE=true/);
    expect(addressProblem(address, open)).toBeNull();
  });
  it("accepts public addresses", () => {
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
      expect(addressProblem(address, closed)).toBeNull();
  });
  it("allows just the listed networks", () => {
    const some: OutboundPolicy = { ...closed, allowedNetworks: parseNetworks("10.20.0.0/16,192.168.1.5") };
    expect(addressProblem("10.20.3.4", some)).toBeNull();
    expect(addressProblem("192.168.1.5", some)).toBeNull();
    expect(addressProblem("10.21.0.1", some)).not.toBeNull();
    expect(addressProblem("192.168.1.6", some)).not.toBeNull();
    expect(addressProblem("127.0.0.1", some)).not.toBeNull();
  });
  it("refuses lists that are not addresses or CIDR ranges", () => {
    expect(() => parseNetworks("10.0.0.0/8,intranet")).toThrow();
    expect(() => parseNetworks("10.0.0.0/33")).toThrow();
  });
});

describe("hostProblem", () => {
  it("refuses metadata names and localhost as written", () => {
    for (const host of ["metadata.google.internal", "METADATA.google.internal.", "metadata", "instance-data"])
      expect(hostProblem(host, everything)).not.toBeNull();
    expect(hostProblem("localhost", closed)).not.toBeNull();
    expect(hostProblem("api.localhost", closed)).not.toBeNull();
    expect(hostProblem("localhost", open)).toBeNull();
    expect(hostProblem("[::1]", closed)).not.toBeNull();
    expect(hostProblem("prometheus.example.com", closed)).toBeNull();
  });
});
