import { useMemo } from 'react';
import qrcode from 'qrcode-generator';
import './qrCode.css';

/** The blank border every QR reader needs around the code, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * A QR code as SVG, so it stays crisp on paper and at any size: one path of dark squares on white, with
 * its quiet zone, whatever the theme (readers expect dark on light). Error correction M survives a
 * smudged print or a screen's glare while keeping the code coarse enough to scan from across a desk.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(text);
    code.make();
    const count = code.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) {
        if (code.isDark(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { size: count + 2 * QUIET_ZONE, path: d };
  }, [text]);
  return (
    <svg className={`qr-code ${className ?? ''}`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
