import * as styles from "./qr-code.css";

interface QrCodeProps {
  /** SVG markup from qrCodeSvg() (our own generator's output, never user input). */
  svg: string;
  /** What it encodes, said in words for screen readers. */
  label: string;
  size: "poster" | "card";
}

export function QrCode({ svg, label, size }: QrCodeProps) {
  return (
    <div
      role="img"
      aria-label={label}
      data-qr-code
      className={size === "poster" ? styles.poster : styles.card}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
