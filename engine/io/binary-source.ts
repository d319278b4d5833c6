/**
 * Where the bytes of a weight file come from: the bytes themselves (a `Uint8Array`, e.g. Node's
 * `readFileSync`, or an `ArrayBuffer`), or something whose body reads as an `ArrayBuffer` — a
 * `fetch` response or a `Blob`, or a promise of one. The types are structural so that neither the
 * engine nor its users need the DOM's declarations.
 */
import { FormatError } from "../errors";

export type BinaryData = Uint8Array | ArrayBuffer;

/** A `fetch` Response, a `Blob`, or anything else with `arrayBuffer()`. */
export interface BinaryBody {
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Present on a Response: false for an HTTP error status, whose body is no weight file. */
  readonly ok?: boolean;
  readonly status?: number;
  readonly url?: string;
}

export function asBytes(data: BinaryData): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export async function readBody(source: BinaryBody | PromiseLike<BinaryBody>): Promise<Uint8Array> {
  const body = await source;
  if (body.ok === false) {
    const where = body.url ? ` (${body.url})` : "";
    throw new FormatError(`safetensors: the response has HTTP status ${body.status ?? "?"}${where}, not a file`);
  }
  return new Uint8Array(await body.arrayBuffer());
}
