import { describe, expect, it } from "vitest";
import { ToolchainError, checkGoVersion } from "./build.ts";

describe("checkGoVersion", () => {
  it.each([
    "go version go1.26.8 linux/amd64",
    "go version go1.27rc1 linux/arm64",
    "go version go2.0.0 linux/amd64",
  ])("accepts %s", (output) => expect(() => checkGoVersion(output)).not.toThrow());

  it("rejects Debian's older Go with advice that works there, and says the main job needs no Go", () => {
    const attempt = (): void => checkGoVersion("go version go1.24.4 linux/amd64");
    expect(attempt).toThrow(ToolchainError);
    expect(attempt).toThrow(/Go >= 1\.26 is needed and `go version` says go1\.24/);
    expect(attempt).toThrow(/GOTOOLCHAIN=go1\.26\.\d+/);
    expect(attempt).toThrow(/official archive at go\.dev\/dl/);
    expect(attempt).toThrow(/`npm ci && npm run synth`\) does not need it/);
    expect(attempt).not.toThrow(/apt-get install golang-go/);
  });

  it("rejects output it cannot read", () => {
    expect(() => checkGoVersion("bash: go: command not found")).toThrow(/cannot read the Go version/);
  });
});
