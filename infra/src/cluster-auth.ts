/**
 * How Kubernetes clients (the helm provider, the example root module) authenticate to an OKE
 * cluster: an exec credential from `oci ce cluster generate-token`, so no token is stored or
 * expires mid-apply. The OCI CLI must be installed where Terraform runs.
 */

/** The exec credential plugin for `clusterId` in `region` (strings or Terraform expressions). */
export interface ClusterTokenExec {
  readonly apiVersion: "client.authentication.k8s.io/v1beta1";
  readonly command: "oci";
  readonly args: string[];
}

export function clusterTokenExec(clusterId: string, region: string): ClusterTokenExec {
  return {
    apiVersion: "client.authentication.k8s.io/v1beta1",
    command: "oci",
    args: ["ce", "cluster", "generate-token", "--cluster-id", clusterId, "--region", region],
  };
}
