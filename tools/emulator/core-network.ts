// Core networking (/20160918) as the oracle/oci provider drives it for the stack's network: VCNs,
// subnets, internet/NAT/service gateways, route tables, network security groups and their rules,
// and the services list. Everything here is bookkeeping: no packet ever flows.
import { createHash } from "node:crypto";
import { parseCidr, contains, overlaps, type Cidr } from "../../infra/src/validation.ts";
import { listReply, pageParams, type ApiRequest, type Core } from "./context.ts";
import { CORE_STATES, type ControlPlaneRecord } from "./control-plane.ts";
import {
  crudRoutes,
  ID,
  pick,
  requireString,
  route,
  type KindSpec,
  type Route,
} from "./control-plane-api.ts";
import { ApiError, invalid, missing } from "./errors.ts";
import { makeOcid } from "./rng.ts";
import { paginate } from "./store.ts";
import { isObject, parseJsonBody, type Json } from "./validate.ts";

const V = "20160918";

function cidr(field: string, text: unknown): Cidr {
  if (typeof text !== "string") throw missing(field);
  try {
    return parseCidr(field, text);
  } catch {
    throw invalid(`${field} ${text} is not a valid IPv4 CIDR block.`);
  }
}

function dnsLabel(body: Json): string | undefined {
  const v = body.dnsLabel;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string" || !/^[a-zA-Z][a-zA-Z0-9]{0,14}$/.test(v))
    throw invalid("dnsLabel must be 1 to 15 letters and digits, starting with a letter.");
  return v;
}

const displayName = (body: Json, kind: string, id: string): string =>
  typeof body.displayName === "string" ? body.displayName : `${kind}${id.slice(-8)}`;

/** The VCN a child names in vcnId; it must exist and not be deleting. */
const vcnOf = (core: Core, body: Json): ControlPlaneRecord =>
  core.controlPlane.live("vcn", requireString(body, "vcnId"), "vcnId");

/** The Oracle Services Network services of the region [OCI Core ListServices]. */
export function servicesOf(core: Core): Json[] {
  const key = core.regionKey.toUpperCase();
  return [
    {
      name: `All ${key} Services In Oracle Services Network`,
      cidr: `all-${core.regionKey}-services-in-oracle-services-network`,
    },
    { name: `OCI ${key} Object Storage`, cidr: `oci-${core.regionKey}-objectstorage` },
  ].map((s) => ({
    id: `ocid1.service.oc1.${core.regionKey}.${createHash("sha256").update(s.name).digest("hex").slice(0, 60)}`,
    name: s.name,
    description: s.name,
    cidrBlock: s.cidr,
  }));
}

const vcn: KindSpec = {
  kind: "vcn",
  name: "Vcn",
  path: "vcns",
  states: CORE_STATES,
  create(core, body, id) {
    const blocks = Array.isArray(body.cidrBlocks)
      ? body.cidrBlocks
      : body.cidrBlock !== undefined
        ? [body.cidrBlock]
        : [];
    if (blocks.length === 0) throw missing("cidrBlocks");
    const parsed = blocks.map((b) => cidr("cidrBlocks", b));
    parsed.forEach((a, i) =>
      parsed.slice(i + 1).forEach((b) => {
        if (overlaps(a, b)) throw invalid(`The CIDR blocks ${a.text} and ${b.text} overlap.`);
      }),
    );
    const label = dnsLabel(body);
    const child = (type: string): string => makeOcid(core.rng, type, core.regionKey);
    return {
      cidrBlock: parsed[0]!.text,
      cidrBlocks: parsed.map((c) => c.text),
      ipv6CidrBlocks: [],
      displayName: displayName(body, "vcn", id),
      ...(label ? { dnsLabel: label, vcnDomainName: `${label}.oraclevcn.com` } : {}),
      // The default route table, security list and DHCP options exist only as IDs (bookkeeping).
      defaultRouteTableId: child("routetable"),
      defaultSecurityListId: child("securitylist"),
      defaultDhcpOptionsId: child("dhcpoptions"),
    };
  },
  update: (_core, _rec, body) => pick(body, ["displayName"]),
};

const subnet: KindSpec = {
  kind: "subnet",
  name: "Subnet",
  path: "subnets",
  states: CORE_STATES,
  create(core, body, id) {
    const parent = vcnOf(core, body);
    const block = cidr("cidrBlock", body.cidrBlock);
    const vcnBlocks = (parent.fields.cidrBlocks as string[]).map((b) => cidr("cidrBlocks", b));
    if (!vcnBlocks.some((b) => contains(b, block)))
      throw invalid(
        `The requested CIDR ${block.text} is invalid: subnet must be within the VCN's CIDR blocks (${vcnBlocks.map((b) => b.text).join(", ")}).`,
      );
    for (const other of core.controlPlane.list(
      "subnet",
      (r) => r.fields.vcnId === parent.id && core.controlPlane.isLive(r),
    )) {
      const o = cidr("cidrBlock", other.fields.cidrBlock);
      if (overlaps(o, block))
        throw invalid(
          `The requested CIDR ${block.text} overlaps with the CIDR ${o.text} of subnet ${other.id}.`,
        );
    }
    const routeTableId = body.routeTableId ?? parent.fields.defaultRouteTableId;
    if (body.routeTableId !== undefined)
      core.controlPlane.live("routeTable", body.routeTableId, "routeTableId");
    const label = dnsLabel(body);
    const prohibitPublicIp = body.prohibitPublicIpOnVnic === true;
    const vcnDomain = parent.fields.vcnDomainName as string | undefined;
    const router = block.start + 1;
    return {
      vcnId: parent.id,
      cidrBlock: block.text,
      displayName: displayName(body, "subnet", id),
      routeTableId,
      securityListIds: Array.isArray(body.securityListIds)
        ? body.securityListIds
        : [parent.fields.defaultSecurityListId],
      dhcpOptionsId: body.dhcpOptionsId ?? parent.fields.defaultDhcpOptionsId,
      prohibitPublicIpOnVnic: prohibitPublicIp,
      prohibitInternetIngress:
        typeof body.prohibitInternetIngress === "boolean" ? body.prohibitInternetIngress : prohibitPublicIp,
      ...(typeof body.availabilityDomain === "string" ? { availabilityDomain: body.availabilityDomain } : {}),
      ...(label
        ? { dnsLabel: label, ...(vcnDomain ? { subnetDomainName: `${label}.${vcnDomain}` } : {}) }
        : {}),
      virtualRouterIp: [24, 16, 8, 0].map((s) => (router >>> s) & 255).join("."),
      virtualRouterMac: "00:00:17:00:00:01",
      ipv6CidrBlocks: [],
    };
  },
  update(core, _rec, body) {
    if (body.routeTableId !== undefined)
      core.controlPlane.live("routeTable", body.routeTableId, "routeTableId");
    return pick(body, ["displayName", "routeTableId", "securityListIds", "dhcpOptionsId"]);
  },
  listFilter: (req) => vcnFilter(req),
};

const GATEWAY_KINDS = ["internetGateway", "natGateway", "serviceGateway"];

function routeRules(core: Core, rules: unknown): Json[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw invalid("routeRules must be a list.");
  return rules.map((r: unknown, i) => {
    if (!isObject(r)) throw invalid(`routeRules[${i}] must be an object.`);
    const target = core.controlPlane.records.get(requireString(r, "networkEntityId"));
    if (!target || !GATEWAY_KINDS.includes(target.kind) || !core.controlPlane.isLive(target))
      throw new ApiError(
        404,
        "NotAuthorizedOrNotFound",
        `routeRules[${i}].networkEntityId ${String(r.networkEntityId)} not found.`,
      );
    const destination = r.destination ?? r.cidrBlock;
    if (typeof destination !== "string") throw missing(`routeRules[${i}].destination`);
    const destinationType = r.destinationType ?? "CIDR_BLOCK";
    if (destinationType === "CIDR_BLOCK") cidr(`routeRules[${i}].destination`, destination);
    return {
      destination,
      destinationType,
      networkEntityId: target.id,
      ...(typeof r.description === "string" ? { description: r.description } : {}),
      routeType: "STATIC",
    };
  });
}

/**
 * A resource that lives in a VCN (route table, gateway, NSG): vcnId and displayName on create,
 * displayName and `updatable` on update, listed by vcnId.
 */
function vcnChild(
  name: string,
  label: string,
  fields: (core: Core, body: Json) => Json,
  updatable: readonly string[],
  updateFields: (core: Core, body: Json) => Json = () => ({}),
): KindSpec {
  return {
    kind: name[0]!.toLowerCase() + name.slice(1),
    name,
    path: `${name[0]!.toLowerCase()}${name.slice(1)}s`,
    states: CORE_STATES,
    create: (core, body, id) => ({
      vcnId: vcnOf(core, body).id,
      displayName: displayName(body, label, id),
      ...fields(core, body),
    }),
    update: (core, _rec, body) => ({
      ...pick(body, ["displayName", ...updatable]),
      ...updateFields(core, body),
    }),
    listFilter: (req) => vcnFilter(req),
  };
}

const routeTable = vcnChild(
  "RouteTable",
  "routetable",
  (core, body) => ({ routeRules: routeRules(core, body.routeRules) }),
  [],
  (core, body) => (body.routeRules !== undefined ? { routeRules: routeRules(core, body.routeRules) } : {}),
);

const internetGateway = vcnChild(
  "InternetGateway",
  "internetgateway",
  (_core, body) => ({ isEnabled: body.isEnabled !== false, ...pick(body, ["routeTableId"]) }),
  ["isEnabled", "routeTableId"],
);

const natGateway = vcnChild(
  "NatGateway",
  "natgateway",
  (core, body) => ({
    blockTraffic: body.blockTraffic === true,
    // A documentation address (RFC 5737): bookkeeping only.
    natIp: `203.0.113.${1 + (core.controlPlane.list("natGateway").length % 250)}`,
    publicIpId: makeOcid(core.rng, "publicip", core.regionKey),
    ...pick(body, ["routeTableId"]),
  }),
  ["blockTraffic", "routeTableId"],
);

function gatewayServices(core: Core, services: unknown): Json[] {
  if (!Array.isArray(services)) throw missing("services");
  const catalogue = servicesOf(core);
  return services.map((s: unknown, i) => {
    const found = isObject(s) ? catalogue.find((c) => c.id === s.serviceId) : undefined;
    if (!found) throw invalid(`services[${i}].serviceId is not a service of this region.`);
    return { serviceId: found.id, serviceName: found.name };
  });
}

const serviceGateway = vcnChild(
  "ServiceGateway",
  "servicegateway",
  (core, body) => ({
    blockTraffic: false,
    services: gatewayServices(core, body.services),
    ...pick(body, ["routeTableId"]),
  }),
  ["blockTraffic", "routeTableId"],
  (core, body) => (body.services !== undefined ? { services: gatewayServices(core, body.services) } : {}),
);

const networkSecurityGroup: KindSpec = {
  ...vcnChild("NetworkSecurityGroup", "nsg", () => ({}), []),
  onDelete: (core, rec) => {
    core.controlPlane.securityRules.delete(rec.id);
  },
};

function vcnFilter(req: ApiRequest): (rec: ControlPlaneRecord) => boolean {
  const vcnId = req.query.get("vcnId");
  return (rec) => vcnId === undefined || rec.fields.vcnId === vcnId;
}

export const CORE_NETWORK_KINDS = [
  vcn,
  subnet,
  routeTable,
  internetGateway,
  natGateway,
  serviceGateway,
  networkSecurityGroup,
];

export const CORE_NETWORK_ROUTES: Route[] = [
  ...CORE_NETWORK_KINDS.flatMap((k) => crudRoutes(V, k)),
  ...securityRuleRoutes(),
  route("GET", `/${V}/services`, "ListServices", (core, req) => {
    const { offset, limit } = pageParams(req);
    const page = paginate(servicesOf(core), offset, limit);
    return { ...listReply(page, {}), json: page.items };
  }),
];

// Security rules of a network security group: added, updated and removed in batches, listed
// with paging. Rule IDs are six hex digits, unique within the group [OCI Core SecurityRule].

function securityRuleRoutes(): Route[] {
  const base = `/${V}/networkSecurityGroups/${ID}`;
  const group = (core: Core, req: ApiRequest): { id: string; rules: Json[] } => {
    const rec = core.controlPlane.live("networkSecurityGroup", req.params[0], "networkSecurityGroupId");
    const rules = core.controlPlane.securityRules.get(rec.id) ?? [];
    core.controlPlane.securityRules.set(rec.id, rules);
    return { id: rec.id, rules };
  };
  return [
    route("POST", `${base}/actions/addSecurityRules`, "AddNetworkSecurityGroupSecurityRules", (core, req) => {
      const { rules } = group(core, req);
      const body = parseJsonBody(req.body);
      const added = listOf(body, "securityRules").map((r, i) => {
        const rule = {
          ...checkRule(core, r, i),
          id: ruleId(core, rules),
          isValid: true,
          timeCreated: new Date(core.now()).toISOString(),
        };
        rules.push(rule);
        return rule;
      });
      return {
        status: 200,
        json: { securityRules: added },
        log: { resourceId: req.params[0], added: added.length },
      };
    }),
    route(
      "POST",
      `${base}/actions/updateSecurityRules`,
      "UpdateNetworkSecurityGroupSecurityRules",
      (core, req) => {
        const { rules } = group(core, req);
        const updated = listOf(parseJsonBody(req.body), "securityRules").map((r, i) => {
          const at = rules.findIndex((x) => x.id === r.id);
          if (at < 0) throw invalid(`securityRules[${i}].id ${String(r.id)} is not a rule of this group.`);
          rules[at] = { ...rules[at], ...checkRule(core, r, i) };
          return rules[at]!;
        });
        return { status: 200, json: { securityRules: updated }, log: { resourceId: req.params[0] } };
      },
    ),
    route(
      "POST",
      `${base}/actions/removeSecurityRules`,
      "RemoveNetworkSecurityGroupSecurityRules",
      (core, req) => {
        const { id, rules } = group(core, req);
        const ids = parseJsonBody(req.body).securityRuleIds;
        if (!Array.isArray(ids)) throw missing("securityRuleIds");
        core.controlPlane.securityRules.set(
          id,
          rules.filter((r) => !ids.includes(r.id)),
        );
        return { status: 200, log: { resourceId: id, removed: ids.length } };
      },
    ),
    route("GET", `${base}/securityRules`, "ListNetworkSecurityGroupSecurityRules", (core, req) => {
      const { rules } = group(core, req);
      const direction = req.query.get("direction");
      const { offset, limit } = pageParams(req);
      const page = paginate(
        direction ? rules.filter((r) => r.direction === direction) : rules,
        offset,
        limit,
      );
      return { ...listReply(page, { resourceId: req.params[0] }), json: page.items };
    }),
  ];
}

function listOf(body: Json, name: string): Json[] {
  const v = body[name];
  if (!Array.isArray(v) || v.length === 0) throw missing(name);
  if (v.length > 25) throw invalid(`At most 25 ${name} per request.`);
  return v.map((x: unknown, i) => {
    if (!isObject(x)) throw invalid(`${name}[${i}] must be an object.`);
    return x;
  });
}

function checkRule(core: Core, r: Json, i: number): Json {
  const at = `securityRules[${i}]`;
  const direction = requireString(r, "direction");
  if (direction !== "INGRESS" && direction !== "EGRESS")
    throw invalid(`${at}.direction must be INGRESS or EGRESS.`);
  const protocol = requireString(r, "protocol");
  if (protocol !== "all" && !/^\d{1,3}$/.test(protocol))
    throw invalid(`${at}.protocol must be "all" or a protocol number.`);
  const end = direction === "INGRESS" ? "source" : "destination";
  const target = r[end];
  if (typeof target !== "string") throw missing(`${at}.${end}`);
  const type = r[`${end}Type`] ?? "CIDR_BLOCK";
  if (type === "CIDR_BLOCK") cidr(`${at}.${end}`, target);
  else if (type === "NETWORK_SECURITY_GROUP")
    core.controlPlane.live("networkSecurityGroup", target, `${at}.${end}`);
  else if (type === "SERVICE_CIDR_BLOCK") {
    if (!servicesOf(core).some((s) => s.cidrBlock === target))
      throw invalid(`${at}.${end} is not a service CIDR label.`);
  } else throw invalid(`${at}.${end}Type must be CIDR_BLOCK, SERVICE_CIDR_BLOCK or NETWORK_SECURITY_GROUP.`);
  return {
    ...pick(r, ["description", "icmpOptions", "tcpOptions", "udpOptions"]),
    direction,
    protocol,
    [end]: target,
    [`${end}Type`]: type,
    isStateless: r.isStateless === true,
  };
}

function ruleId(core: Core, rules: Json[]): string {
  for (;;) {
    const id = core.rng.token(6).toUpperCase();
    if (!rules.some((r) => r.id === id)) return id;
  }
}
