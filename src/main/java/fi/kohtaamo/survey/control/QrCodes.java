package fi.kohtaamo.survey.control;

import io.nayuki.qrcodegen.QrCode;

/** QR codes as inline SVG, sharp at any print size. */
public final class QrCodes {

    /** Light modules around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /**
     * An SVG image of the text's QR code (medium error correction): one path of dark modules on a white square.
     *
     * @param label the image's accessible name
     */
    public static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append("M" + (x + QUIET_ZONE) + "," + (y + QUIET_ZONE) + "h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" class=\"qr\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
