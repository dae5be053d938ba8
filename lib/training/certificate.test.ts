import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rootOrigin } from '@/lib/tenancy/urls';
import { certificateQrSvg, newCertificateCode, verifyUrl } from './certificate';

/** Draws an SVG QR code as pixels and reads it back, as a phone's camera would. */
async function decodeSvg(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

describe('the certificate QR code', () => {
  it('decodes to the absolute address of the code’s verification page', async () => {
    const code = newCertificateCode();
    const svg = await certificateQrSvg(code);
    expect(svg).toMatch(/^<svg/);
    const url = await decodeSvg(svg);
    expect(url).toBe(verifyUrl(code));
    expect(url).toBe(`${rootOrigin()}/training/verify/${code}`);
    expect(new URL(url!).pathname).toBe(`/training/verify/${code}`);
  });
});
