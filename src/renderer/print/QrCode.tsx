import { create } from 'qrcode';

/**
 * A QR code as vector SVG, drawn from the symbol's modules: no canvas, no
 * image, no injected markup (the CSP allows none of them), sharp at any size.
 */
export function QrCode({ text, label, sizeMm = 28 }: { text: string; label: string; sizeMm?: number }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const side = modules.size + 2 * quiet;
  let d = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
