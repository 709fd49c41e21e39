// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      ".sandbox/**",
      "charts/**",
      "**/cdktf.out/**",
      "infra/.gen/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // One door between Kubernetes and OCI (docs/architecture.md): the Kubernetes side reaches
    // the cloud only through the provider interface (service/src/provider/types.ts).
    files: [
      "service/src/{config,controllers,kube,kubelet,leader,observability,provider,queue,status,util}/**/*.ts",
    ],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/oci", "**/oci/**"],
              message:
                "OCI code stays behind the provider interface: use service/src/provider/types.ts (see docs/architecture.md).",
            },
            {
              group: ["oci-*", "oci-*/**"],
              message:
                "No OCI SDK outside service/src/oci/: use service/src/provider/types.ts (see docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
);
