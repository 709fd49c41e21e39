import { createServer } from "node:net";
import { HarnessError } from "./errors.ts";

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : port));
    });
  });
}

/** A loopback port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/** `port`, or a clear error if something already listens on it. */
export async function requireFreePort(port: number, what: string): Promise<number> {
  try {
    return await listenOnce(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new HarnessError(
        `port ${port} on 127.0.0.1 (${what}) is already in use; stop what holds it or choose another port`,
      );
    }
    throw error;
  }
}
