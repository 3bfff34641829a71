/**
 * Reads the parts of a zip archive (an .xlsx workbook) by their names: the central directory, then
 * each part stored or deflated. Unpacking uses the platform's DecompressionStream ("deflate-raw"),
 * which browsers and Node both have, so the pane needs no library of its own.
 */

/** Why an archive cannot be read: a short reason, shown inside the "damaged" message. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly kind: "damaged" | "encrypted" | "cannotUnzip" = "damaged",
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "ZipError";
  }
}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

export interface ZipArchive {
  names: string[];
  /** A part as bytes; undefined when the archive has no part of that name. */
  read(name: string): Promise<Uint8Array | undefined>;
  /** A part as UTF-8 text. */
  text(name: string): Promise<string | undefined>;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function openZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => {
    if (at < 0 || at + 4 > bytes.length) throw new ZipError("the zip directory is cut short");
    return view.getUint32(at, true);
  };
  const u16 = (at: number) => {
    if (at < 0 || at + 2 > bytes.length) throw new ZipError("the zip directory is cut short");
    return view.getUint16(at, true);
  };
  // The end-of-directory record is in the last 22 bytes, or before a comment of up to 64 KiB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError("the end of the zip directory is missing");
  const count = u16(end + 10);
  let at = u32(end + 16);
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) throw new ZipError("the zip directory is damaged");
    const nameLength = u16(at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      localOffset: u32(at + 42),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  const read = async (name: string): Promise<Uint8Array | undefined> => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new ZipError(name, "encrypted");
    const local = entry.localOffset;
    if (u32(local) !== LOCAL_HEADER) throw new ZipError(`${name} cannot be found in the archive`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw new ZipError(`${name} is cut short`);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new ZipError(`${name} is packed in a way that cannot be read`);
    return inflateRaw(data, name);
  };
  return {
    names: [...entries.keys()],
    read,
    text: async (name) => {
      const data = await read(name);
      return data === undefined ? undefined : decoder.decode(data);
    },
  };
}

/** A deflated part unpacked with the platform's DecompressionStream. */
async function inflateRaw(data: Uint8Array, name: string): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new ZipError(name, "cannotUnzip");
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // A damaged part rejects the writes as well as the reads: the read below reports it once.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } catch {
    throw new ZipError(`${name} cannot be unpacked`);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
