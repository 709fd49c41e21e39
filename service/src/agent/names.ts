/** Names of the pod agent shared by the translation, the status and the kubelet API. */

/** The agent container's name in every instance; a pod container may not use it. */
export const AGENT_CONTAINER = "okevn-agent";
/** `disabled` on a pod: no agent in its instance. */
export const AGENT_ANNOTATION = "oke-virtual-nodes.io/agent";
/** Written on pods that have the agent: its CPU and memory, as added to the instance size. */
export const AGENT_RESOURCES_ANNOTATION = "oke-virtual-nodes.io/agent-resources";
