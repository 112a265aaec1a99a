// A WAV file around 16 kHz mono 16-bit PCM (R30): the 44-byte RIFF header, then the samples,
// little-endian as every machine that runs a browser stores them.
export const PCM_RATE = 16_000;

export function wavHeader(dataBytes: number, rate = PCM_RATE): ArrayBuffer {
  const b = new ArrayBuffer(44);
  const v = new DataView(b);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true); // size of the fmt chunk
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true); // bytes per second
  v.setUint16(32, 2, true); // bytes per frame
  v.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  v.setUint32(40, dataBytes, true);
  return b;
}
