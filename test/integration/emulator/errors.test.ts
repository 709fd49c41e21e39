// Failing like OCI: 401 for bad signatures, 404 for unknown ids, 400 for bad shapes and limits,
// 409 for retry-token misuse, and opc-retry-token idempotency.
import * as common from "oci-common";
import type { models } from "oci-containerinstances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "../../../tools/emulator/signing.ts";
import { harness, instanceDetails, type Harness } from "./fixtures.ts";

let h: Harness;

beforeAll(async () => {
  h = await harness({}, { retries: false });
});
afterAll(async () => h.close());

/** Signs with the SDK's own signer, then lets the test change the request before sending it. */
async function signedFetch(
  method: string,
  path: string,
  body: string | undefined,
  tamper: (r: { headers: Headers; body: string | undefined }) => void = () => {},
  presetHeaders: Record<string, string> = {},
): Promise<{ status: number; json: { code?: string; message?: string }; requestId: string | null }> {
  const signer = new common.DefaultRequestSigner(h.sdk.provider);
  const uri = `${h.emu.endpoint}${path}`;
  const headers = new Headers({ "content-type": "application/json", ...presetHeaders });
  const request = { uri, method, headers, body } as unknown as common.HttpRequest;
  await signer.signHttpRequest(request);
  const sent = { headers, body };
  tamper(sent);
  const res = await fetch(uri, { method, headers: sent.headers, body: sent.body });
  return {
    status: res.status,
    json: (await res.json()) as { code?: string },
    requestId: res.headers.get("opc-request-id"),
  };
}

describe("signature verification", () => {
  it("accepts what the SDK signer produces (control)", async () => {
    const body = JSON.stringify({ displayName: "x" });
    const res = await signedFetch(
      "PUT",
      "/20210415/containerInstances/ocid1.computecontainerinstance.oc1.iad.nope",
      body,
    );
    expect(res.status).toBe(404);
  });

  it("rejects a request signed with a key that is not registered: 401 NotAuthenticated", async () => {
    const wrong = h.clients({ retries: false, privateKeyPem: generateApiKey().privateKeyPem });
    await expect(
      wrong.containerInstances.listContainerInstances({ compartmentId: h.emu.credentials.compartmentId }),
    ).rejects.toMatchObject({ statusCode: 401, serviceCode: "NotAuthenticated" });
    await expect(wrong.virtualNetwork.getVnic({ vnicId: "ocid1.vnic.oc1.iad.x" })).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it("rejects a tampered body (x-content-sha256 no longer matches)", async () => {
    const body = JSON.stringify(instanceDetails(h.emu));
    const res = await signedFetch("POST", "/20210415/containerInstances", body, (r) => {
      r.body = r.body!.replace("nginx", "nginX");
    });
    expect(res).toMatchObject({ status: 401, json: { code: "NotAuthenticated" } });
    expect(res.json.message).toBeTruthy();
    expect(res.requestId).toBeTruthy();
  });

  it("rejects a changed x-content-sha256 (the signature covers it)", async () => {
    const body = JSON.stringify(instanceDetails(h.emu));
    const res = await signedFetch("POST", "/20210415/containerInstances", body, (r) => {
      r.body = r.body!.replace("nginx", "nginX");
      r.headers.set("x-content-sha256", common.DefaultRequestSigner.name); // anything else
    });
    expect(res.status).toBe(401);
  });

  it("rejects a stale date (over 5 minutes of clock skew)", async () => {
    const stale = new Date(Date.now() - 6 * 60 * 1000).toUTCString();
    const res = await signedFetch(
      "GET",
      `/20210415/containerInstanceShapes?compartmentId=${h.emu.credentials.compartmentId}`,
      undefined,
      () => {},
      {
        "x-date": stale,
      },
    );
    expect(res).toMatchObject({ status: 401, json: { code: "NotAuthenticated" } });
    const fresh = await signedFetch(
      "GET",
      `/20210415/containerInstanceShapes?compartmentId=${h.emu.credentials.compartmentId}`,
      undefined,
    );
    expect(fresh.status).toBe(200);
  });

  it("rejects a changed request target, a missing signature and a POST without body headers signed", async () => {
    const path = `/20210415/containerInstanceShapes?compartmentId=${h.emu.credentials.compartmentId}`;
    const moved = await signedFetch("GET", path, undefined, () => {}, {});
    expect(moved.status).toBe(200);
    const signer = new common.DefaultRequestSigner(h.sdk.provider);
    const headers = new Headers({ "content-type": "application/json" });
    await signer.signHttpRequest({
      uri: `${h.emu.endpoint}${path}`,
      method: "GET",
      headers,
    } as unknown as common.HttpRequest);
    const other = await fetch(`${h.emu.endpoint}${path}&limit=1`, { headers });
    expect(other.status).toBe(401);
    const unsigned = await fetch(`${h.emu.endpoint}${path}`);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ code: "NotAuthenticated" });

    const postHeaders = new Headers({ "content-type": "application/json" });
    const uri = `${h.emu.endpoint}/20210415/containerInstances/ocid1.x/actions/stop`;
    // forceExcludeBody: the signer leaves content-length, content-type and x-content-sha256 unsigned.
    await signer.signHttpRequest(
      { uri, method: "POST", headers: postHeaders } as unknown as common.HttpRequest,
      true,
    );
    const post = await fetch(uri, { method: "POST", headers: postHeaders });
    expect(post.status).toBe(401);
  });
});

describe("OCI error codes", () => {
  const ci = () => h.sdk.containerInstances;

  it("404 NotAuthorizedOrNotFound for unknown ids and compartments", async () => {
    const unknown = "ocid1.computecontainerinstance.oc1.iad.doesnotexist";
    await expect(ci().getContainerInstance({ containerInstanceId: unknown })).rejects.toMatchObject({
      statusCode: 404,
      serviceCode: "NotAuthorizedOrNotFound",
    });
    await expect(
      ci().getContainer({ containerId: "ocid1.computecontainer.oc1.iad.nope" }),
    ).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      ci().getWorkRequest({ workRequestId: "ocid1.computecontainerworkrequest.oc1.iad.nope" }),
    ).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(h.sdk.virtualNetwork.getVnic({ vnicId: "ocid1.vnic.oc1.iad.nope" })).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      ci().listContainerInstances({ compartmentId: "ocid1.compartment.oc1..unknown" }),
    ).rejects.toMatchObject({
      statusCode: 404,
      serviceCode: "NotAuthorizedOrNotFound",
    });
  });

  it("400 InvalidParameter for an unknown shape or a shapeConfig outside the shape's options", async () => {
    const bad = async (d: Partial<models.CreateContainerInstanceDetails>) =>
      ci().createContainerInstance({ createContainerInstanceDetails: instanceDetails(h.emu, d) });
    await expect(bad({ shape: "CI.Standard.X9.Flex" })).rejects.toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
    });
    await expect(bad({ shapeConfig: { ocpus: 65 } })).rejects.toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
    });
    await expect(bad({ shapeConfig: { ocpus: 1, memoryInGBs: 65 } })).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(
      bad({ shape: "CI.Standard.A1.Flex", shapeConfig: { ocpus: 8, memoryInGBs: 500 } }),
    ).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(bad({ availabilityDomain: "Nope:AD-9" })).rejects.toMatchObject({ statusCode: 400 });
    await expect(bad({ containerRestartPolicy: "SOMETIMES" })).rejects.toMatchObject({ statusCode: 400 });
    await expect(bad({ vnics: [] })).rejects.toMatchObject({ statusCode: 400 });
    await expect(bad({ containers: undefined as unknown as [] })).rejects.toMatchObject({
      statusCode: 400,
      serviceCode: "MissingParameter",
    });
    await expect(
      bad({ containers: [{ imageUrl: "x", volumeMounts: [{ mountPath: "/a", volumeName: "missing" }] }] }),
    ).rejects.toMatchObject({
      statusCode: 400,
    });
    // Default memory is 16 GB per OCPU; a valid request still works.
    const ok = await bad({ shapeConfig: { ocpus: 2 } });
    expect(ok.containerInstance.shapeConfig).toMatchObject({
      ocpus: 2,
      memoryInGBs: 32,
      networkingBandwidthInGbps: 2,
    });
  });

  it("400 LimitExceeded over the per-AD service limits; stopped instances still count", async () => {
    const ad = h.emu.credentials.availabilityDomains[2]!;
    h.emu.setLimits({ ocpusPerAd: 3 });
    try {
      const first = await ci().createContainerInstance({
        createContainerInstanceDetails: instanceDetails(h.emu, {
          availabilityDomain: ad,
          shapeConfig: { ocpus: 2 },
        }),
      });
      await h.sdk.waiter().forWorkRequest({ workRequestId: first.opcWorkRequestId! });
      const stop = await ci().stopContainerInstance({ containerInstanceId: first.containerInstance.id });
      await h.sdk.waiter().forWorkRequest({ workRequestId: stop.opcWorkRequestId! });
      await expect(
        ci().createContainerInstance({
          createContainerInstanceDetails: instanceDetails(h.emu, {
            availabilityDomain: ad,
            shapeConfig: { ocpus: 2 },
          }),
        }),
      ).rejects.toMatchObject({ statusCode: 400, serviceCode: "LimitExceeded" });
      const del = await ci().deleteContainerInstance({ containerInstanceId: first.containerInstance.id });
      await h.sdk.waiter().forWorkRequest({ workRequestId: del.opcWorkRequestId! });
      const again = await ci().createContainerInstance({
        createContainerInstanceDetails: instanceDetails(h.emu, {
          availabilityDomain: ad,
          shapeConfig: { ocpus: 2 },
        }),
      });
      expect(again.containerInstance.lifecycleState).toBe("CREATING");
    } finally {
      h.emu.setLimits({ ocpusPerAd: 1000 });
    }
  });

  it("400 for bad list parameters", async () => {
    const compartmentId = h.emu.credentials.compartmentId;
    await expect(ci().listContainerInstances({ compartmentId, limit: 0 })).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(ci().listContainerInstances({ compartmentId, page: "garbage" })).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(ci().listContainerInstances({ compartmentId: "" })).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});

describe("opc-retry-token", () => {
  it("same token and body → the same instance; a different body → 409 InvalidatedRetryToken", async () => {
    const details = instanceDetails(h.emu, { displayName: "idem", freeformTags: { uid: "pod-1" } });
    const a = await h.sdk.containerInstances.createContainerInstance({
      createContainerInstanceDetails: details,
      opcRetryToken: "tok-1",
    });
    const b = await h.sdk.containerInstances.createContainerInstance({
      createContainerInstanceDetails: details,
      opcRetryToken: "tok-1",
    });
    expect(b.containerInstance.id).toBe(a.containerInstance.id);
    expect(b.opcWorkRequestId).toBe(a.opcWorkRequestId);
    const listed = await h.sdk.containerInstances.listContainerInstances({
      compartmentId: details.compartmentId,
      displayName: "idem",
    });
    expect(listed.containerInstanceCollection.items).toHaveLength(1);
    await expect(
      h.sdk.containerInstances.createContainerInstance({
        createContainerInstanceDetails: { ...details, displayName: "other" },
        opcRetryToken: "tok-1",
      }),
    ).rejects.toMatchObject({ statusCode: 409, serviceCode: "InvalidatedRetryToken" });
    const creates = h.emu.callLog
      .entries({ operation: "CreateContainerInstance" })
      .filter((e) => e.params.opcRetryToken === "tok-1");
    expect(creates.map((e) => e.status)).toEqual([200, 200, 409]);
  });

  it("the SDK adds a retry token itself when the caller gives none", async () => {
    const since = h.emu.callLog.lastSeq;
    await h.sdk.containerInstances.createContainerInstance({
      createContainerInstanceDetails: instanceDetails(h.emu),
    });
    const [entry] = h.emu.callLog.entries({ operation: "CreateContainerInstance", since });
    expect(typeof entry!.params.opcRetryToken).toBe("string");
  });
});

describe("credentials files", () => {
  it("writeOciConfig produces a config that ConfigFileAuthenticationDetailsProvider signs with", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { ContainerInstanceClient } = await import("oci-containerinstances");
    const { configFile } = h.emu.writeOciConfig(mkdtempSync(join(tmpdir(), "emu-")));
    const provider = new common.ConfigFileAuthenticationDetailsProvider(configFile);
    const client = new ContainerInstanceClient(
      { authenticationDetailsProvider: provider },
      { retryConfiguration: common.NoRetryConfigurationDetails },
    );
    client.endpoint = h.emu.endpoint;
    const res = await client.listContainerInstanceShapes({ compartmentId: h.emu.credentials.compartmentId });
    expect(res.containerInstanceShapeCollection.items.length).toBe(3);
    client.close();
  });
});
