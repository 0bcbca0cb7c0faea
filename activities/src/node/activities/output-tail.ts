import { StringDecoder } from 'node:string_decoder';

/** The last `limit` characters of a stream of output: install scripts can print megabytes. */
export class OutputTail {
  private text = '';
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly limit = 64 * 1024) {}

  append(chunk: Buffer): void {
    this.text += this.decoder.write(chunk);
    if (this.text.length > this.limit * 2) this.text = this.text.slice(-this.limit);
  }

  /** Call once, when the output has ended. */
  finish(): string {
    return (this.text + this.decoder.end()).slice(-this.limit);
  }
}
