// Many small texts as UTF-8 in a few large buffers. A buffer of its own for each (~5 KB: a record's
// JSON) is memory from the C allocator's heap, which a process seldom gives back to the system once
// freed: holding 20,000 of them for a few seconds raised a build's peak by ~100 MiB for the rest of
// it. A chunk larger than glibc's largest threshold for mapping memory apart (32 MiB) is mapped on
// its own and returned to the system when it is freed.
const CHUNK = 33 << 20;

export class ByteArena {
  private chunk: Buffer = Buffer.alloc(0);
  private used = 0;

  /** The text's UTF-8 bytes, in the arena. */
  text(text: string): Uint8Array {
    // UTF-8 takes at most three bytes for a UTF-16 unit.
    const start = this.room(3 * text.length);
    this.used += this.chunk.write(text, start);
    return this.chunk.subarray(start, this.used);
  }

  /** A copy of these bytes, in the arena. */
  copy(bytes: Uint8Array): Uint8Array {
    const start = this.room(bytes.length);
    this.chunk.set(bytes, start);
    this.used += bytes.length;
    return this.chunk.subarray(start, this.used);
  }

  /** Where the next `most` bytes go: in the current chunk, or a new one when it has not that much room. */
  private room(most: number): number {
    if (this.used + most > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK, most));
      this.used = 0;
    }
    return this.used;
  }
}
