import QRCode from "qrcode";

/**
 * A QR code as an SVG document, made on the server so that a printed poster or card needs no
 * script and no image request. Error correction M survives a creased card; the quiet zone of
 * four modules is what scanners expect.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
