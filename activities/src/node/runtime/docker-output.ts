import { PassThrough, type Readable } from 'node:stream';
import type Docker from 'dockerode';

/**
 * Docker multiplexes stdout and stderr into 8-byte-header frames unless the container
 * has a TTY. These helpers turn either form into plain bytes, so nothing outside the
 * runtime needs to know which one a container uses.
 */
export function demuxLogBuffer(buffer: Buffer, tty: boolean): Buffer {
  if (tty) return buffer;
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const size = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return Buffer.concat(parts);
}

export function demuxLiveStream(docker: Docker, stream: NodeJS.ReadableStream, tty: boolean): Readable {
  const output = new PassThrough();
  if (tty) {
    stream.pipe(output);
  } else {
    docker.modem.demuxStream(stream, output, output);
    stream.on('end', () => output.end());
  }
  stream.on('error', (error: Error) => output.destroy(error));
  return output;
}
