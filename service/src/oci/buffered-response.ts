/**
 * A fetch `Response` over a body already in memory, for NodeHttpClient (http-client.ts). The
 * standard constructor wraps every body in a web stream and reads it back through it; the SDK
 * only calls `json()` or `text()` on a small JSON body, so those read the bytes directly here.
 * `body` (RetrieveLogs reads it) makes the web stream on first use.
 */

/** Response semantics kept: a body reads once (then rejects with TypeError, as fetch's does), `clone()` before. */
export class BufferedResponse implements Response {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected = false;
  readonly type: Response["type"] = "default";
  /** The body bytes (after content decoding), or null for statuses without a body. */
  private readonly bytesOrNull: Uint8Array | null;
  private used = false;
  private stream: ReadableStream<Uint8Array> | null | undefined;

  /** `status`: 200 to 599. `url`: the request's URL. */
  constructor(bytes: Uint8Array | null, status: number, statusText: string, headers: Headers, url: string) {
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`response status ${status} is not in 200..599`);
    this.bytesOrNull = bytes;
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.url = url;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.stream === undefined) {
      const bytes = this.bytesOrNull;
      this.stream =
        bytes === null
          ? null
          : new ReadableStream<Uint8Array>({
              pull: (controller) => {
                this.used = true;
                if (bytes.length > 0) controller.enqueue(bytes);
                controller.close();
              },
            });
    }
    return this.stream;
  }

  private consume(): Uint8Array {
    if (this.used || this.stream?.locked) throw new TypeError("Body is unusable: Body has already been read");
    this.used = true;
    return this.bytesOrNull ?? new Uint8Array(0);
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.consume());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get("content-type") ?? "" });
  }

  async text(): Promise<string> {
    // TextDecoder (as fetch's text()): UTF-8, a leading byte-order mark dropped, bad bytes replaced.
    return new TextDecoder().decode(this.consume());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async formData(): Promise<FormData> {
    return new Response(await this.bytes(), { headers: this.headers }).formData();
  }

  clone(): Response {
    if (this.used || this.stream?.locked)
      throw new TypeError("Response.clone: Body has already been consumed");
    return new BufferedResponse(
      this.bytesOrNull,
      this.status,
      this.statusText,
      new Headers(this.headers),
      this.url,
    );
  }
}
