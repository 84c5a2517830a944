package org.spoofguard.it.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeUtility;

/**
 * A small deterministic MIME writer for the corpus (RFC 5322 / 2045-2049): fixed boundaries, CRLF, RFC 2047
 * encoded-words for non-ASCII header text, quoted-printable for non-ASCII text, base64 for attachments.
 * JavaMail's MimeMessage would do the same but with random boundaries and Message-IDs.
 */
final class Mime {
    record Part(String contentType, String disposition, String filename, byte[] content, boolean text) {
    }

    private final List<String> headers = new ArrayList<>();
    private String plain;
    private String html;
    private final List<Part> attachments = new ArrayList<>();
    private final String boundarySeed;

    Mime(String boundarySeed) {
        this.boundarySeed = boundarySeed;
    }

    static String address(String name, String address) {
        if (name == null || name.isEmpty()) {
            return "<" + address + ">";
        }
        try {
            return new InternetAddress(address, name, "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encodeText(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(s, "UTF-8", "Q"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    Mime header(String name, String value) {
        headers.add(name + ": " + value);
        return this;
    }

    Mime from(String name, String addr) {
        return header("From", address(name, addr));
    }

    Mime subject(String s) {
        return header("Subject", encodeText(s));
    }

    Mime text(String s) {
        plain = s;
        return this;
    }

    Mime html(String s) {
        html = s;
        return this;
    }

    Mime attach(String contentType, String filename, byte[] content) {
        attachments.add(new Part(contentType, "attachment", filename, content, false));
        return this;
    }

    /** A message/rfc822 part (a forwarded mail as attachment), written as it is (7bit/8bit). */
    Mime attachMessage(byte[] message) {
        attachments.add(new Part("message/rfc822", "inline", null, message, true));
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String h : headers) {
            line(out, h);
        }
        line(out, "MIME-Version: 1.0");
        int[] n = {0};
        writeBody(out, n, attachments.isEmpty());
        return out.toByteArray();
    }

    private void writeBody(ByteArrayOutputStream out, int[] n, boolean topOnly) {
        if (!attachments.isEmpty()) {
            String b = boundary(n);
            line(out, "Content-Type: multipart/mixed; boundary=\"" + b + "\"");
            line(out, "");
            line(out, "This is a multi-part message in MIME format.");
            line(out, "--" + b);
            writeAlternative(out, n);
            for (Part p : attachments) {
                line(out, "--" + b);
                writeAttachment(out, p);
            }
            line(out, "--" + b + "--");
        } else {
            writeAlternative(out, n);
        }
    }

    private void writeAlternative(ByteArrayOutputStream out, int[] n) {
        if (plain != null && html != null) {
            String b = boundary(n);
            line(out, "Content-Type: multipart/alternative; boundary=\"" + b + "\"");
            line(out, "");
            line(out, "--" + b);
            writeText(out, "text/plain", plain);
            line(out, "--" + b);
            writeText(out, "text/html", html);
            line(out, "--" + b + "--");
        } else if (html != null) {
            writeText(out, "text/html", html);
        } else {
            writeText(out, "text/plain", plain == null ? "" : plain);
        }
    }

    private static void writeText(ByteArrayOutputStream out, String type, String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        boolean ascii = crlf.chars().allMatch(c -> c < 128);
        line(out, "Content-Type: " + type + "; charset=" + (ascii ? "us-ascii" : "utf-8"));
        if (ascii) {
            line(out, "Content-Transfer-Encoding: 7bit");
            line(out, "");
            write(out, crlf);
            line(out, "");
            return;
        }
        line(out, "Content-Transfer-Encoding: quoted-printable");
        line(out, "");
        try (OutputStream qp = MimeUtility.encode(new NonClosing(out), "quoted-printable")) {
            qp.write(crlf.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        line(out, "");
    }

    private static void writeAttachment(ByteArrayOutputStream out, Part p) {
        if (p.text()) {
            line(out, "Content-Type: " + p.contentType());
            line(out, "Content-Disposition: " + p.disposition());
            line(out, "");
            out.writeBytes(p.content());
            line(out, "");
            return;
        }
        String name = encodeText(p.filename());
        String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        line(out, "Content-Type: " + p.contentType() + "; name=" + quoted);
        line(out, "Content-Transfer-Encoding: base64");
        line(out, "Content-Disposition: " + p.disposition() + "; filename=" + quoted);
        line(out, "");
        write(out, Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(p.content()));
        line(out, "");
    }

    private String boundary(int[] n) {
        return "----=_Part_" + boundarySeed + "_" + (n[0]++);
    }

    private static void line(ByteArrayOutputStream out, String s) {
        write(out, s);
        out.writeBytes(new byte[] {'\r', '\n'});
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** MimeUtility's encoder closes its sink; ours must stay open. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream delegate;

        NonClosing(OutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            delegate.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            delegate.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
