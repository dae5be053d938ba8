// The compression middleware `next start` uses (lib/runtime/whole-bodies.ts applies it instead); it ships untyped.
declare module 'next/dist/compiled/compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
