import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG rectangles (one per run of dark modules in a row):
 * no inline style, script or injected markup, so it passes a strict CSP.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const runs: Array<{ x: number; y: number; width: number }> = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const isDark = col < size && modules.get(row, col) === 1;
      if (isDark && start < 0) start = col;
      if (!isDark && start >= 0) {
        runs.push({ x: start + QUIET_ZONE, y: row + QUIET_ZONE, width: col - start });
        start = -1;
      }
    }
  }
  const extent = size + 2 * QUIET_ZONE;
  return (
    <svg
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={className ?? 'h-56 w-56 border border-gray-300'}
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      {runs.map((run) => (
        <rect key={`${run.x}-${run.y}`} x={run.x} y={run.y} width={run.width} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
