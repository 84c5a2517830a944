package org.spoofguard.core.invoice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Builds RFC 5322 / MIME test messages as text (CRLF line ends). */
final class TestMail {
    private final List<String> headers = new ArrayList<>();
    private final List<String[]> parts = new ArrayList<>(); // {headers, body}
    private int boundaryNo;

    static TestMail create() {
        return new TestMail();
    }

    TestMail header(String name, String value) {
        headers.add(name + ": " + value);
        return this;
    }

    TestMail from(String v) {
        return header("From", v);
    }

    TestMail subject(String v) {
        return header("Subject", encodeWord(v));
    }

    TestMail text(String body) {
        parts.add(new String[] {"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
            b64(body.getBytes(StandardCharsets.UTF_8))});
        return this;
    }

    TestMail qpText(String body) {
        parts.add(new String[] {"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable",
            qp(body.getBytes(StandardCharsets.ISO_8859_1))});
        return this;
    }

    TestMail html(String body) {
        parts.add(new String[] {"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
            b64(body.getBytes(StandardCharsets.UTF_8))});
        return this;
    }

    TestMail attach(String contentType, String filename, byte[] data) {
        String disp = isAscii(filename) ? "attachment; filename=\"" + filename + "\""
                : "attachment; filename*=UTF-8''" + pct(filename);
        parts.add(new String[] {"Content-Type: " + contentType + (isAscii(filename) ? "; name=\"" + filename + "\"" : "")
                + "\r\nContent-Disposition: " + disp + "\r\nContent-Transfer-Encoding: base64", b64(data)});
        return this;
    }

    TestMail rawPart(String partHeaders, String body) {
        parts.add(new String[] {partHeaders, body});
        return this;
    }

    String build() {
        StringBuilder b = new StringBuilder();
        boolean hasDate = headers.stream().anyMatch(h -> h.startsWith("Date:"));
        if (!hasDate) {
            b.append("Date: Mon, 3 Mar 2025 09:14:00 +0100\r\n");
        }
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("MIME-Version: 1.0\r\n");
        if (parts.size() == 1) {
            b.append(parts.get(0)[0]).append("\r\n\r\n").append(parts.get(0)[1]).append("\r\n");
            return b.toString();
        }
        String boundary = "=_sg_" + (++boundaryNo) + "_b0undary";
        b.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        b.append("This is a multi-part message in MIME format.\r\n");
        for (String[] p : parts) {
            b.append("--").append(boundary).append("\r\n").append(p[0]).append("\r\n\r\n").append(p[1]).append("\r\n");
        }
        b.append("--").append(boundary).append("--\r\n");
        return b.toString();
    }

    byte[] bytes() {
        return build().getBytes(StandardCharsets.UTF_8);
    }

    static String b64(byte[] data) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
    }

    static String encodeWord(String s) {
        if (isAscii(s)) {
            return s;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static String pct(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == '_') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String qp(byte[] data) {
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (byte x : data) {
            int c = x & 0xff;
            String enc;
            if (c == '\n') {
                b.append("\r\n");
                line = 0;
                continue;
            } else if (c == '\r') {
                continue;
            } else if (c == '=' || c > 126) {
                enc = String.format("=%02X", c);
            } else {
                enc = String.valueOf((char) c);
            }
            if (line + enc.length() > 73) {
                b.append("=\r\n");
                line = 0;
            }
            b.append(enc);
            line += enc.length();
        }
        return b.toString();
    }
}
