package org.spoofguard.core.dkim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Creates DKIM-Signature header fields (RFC 6376 §5, RFC 8463): the {@code DkimSign} mailet's signer, and how tests,
 * the CLI and benchmarks produce signed mail. It signs what it is given (including rsa-sha1, for tests); our
 * outgoing mail is signed with the default header list, oversigned ({@link Builder#oversigned}).
 *
 * <pre>
 * DkimSigner signer = DkimSigner.builder(DkimAlgorithm.ED25519_SHA256, "example.com", "s1", privateKey).build();
 * byte[] signed = signer.sign(message);
 * String txt = DkimSigner.keyRecord(publicKey);   // publish at s1._domainkey.example.com
 * </pre>
 */
public final class DkimSigner {
    /**
     * Signed when present (RFC 6376 §5.4.1 recommendations); From is also oversigned once. With
     * {@link Builder#oversigned}, as our outgoing mail is signed, each once more than present (§8.15): a second
     * Subject or Content-Type put on top of the signed mail in transit breaks the signature.
     *
     * <p>Sender, the Resent-* fields and the List-* fields (RFC 2369, RFC 2919 List-Id) are in the §5.4.1 set too;
     * RFC 8058 §4 requires List-Unsubscribe and List-Unsubscribe-Post to be signed for one-click unsubscribe to be
     * offered at all. Left out, a replayer could add or swap a List-Unsubscribe, a Resent-From
     * or a Sender on our signed mail and keep dkim=pass.
     */
    public static final List<String> DEFAULT_HEADERS = List.of("from", "sender", "to", "cc", "subject", "date",
            "message-id", "reply-to", "in-reply-to", "references", "mime-version", "content-type",
            "content-transfer-encoding", "resent-date", "resent-from", "resent-to", "resent-cc",
            "list-id", "list-help", "list-unsubscribe", "list-unsubscribe-post", "list-subscribe", "list-post",
            "list-owner", "list-archive");
    /**
     * Signed even when absent ({@link Builder#oversigned}): a replayer who adds a Reply-To (where the answer about the new bank account goes),
     * a Subject, To or Cc to our signed mail breaks the signature instead of keeping dkim=pass.
     */
    static final Set<String> ALWAYS_OVERSIGNED = Set.of("from", "reply-to", "subject", "to", "cc");

    private final DkimAlgorithm algorithm;
    private final String domain;
    private final String selector;
    private final PrivateKey key;
    private final Canonicalization headerCanon;
    private final Canonicalization bodyCanon;
    private final List<String> headers;
    private final String identity;
    private final Instant timestamp;
    private final Instant expiration;
    private final boolean bodyLength;
    private final boolean oversigned;

    private DkimSigner(Builder b) {
        this.algorithm = b.algorithm;
        this.domain = b.domain;
        this.selector = b.selector;
        this.key = b.key;
        this.headerCanon = b.headerCanon;
        this.bodyCanon = b.bodyCanon;
        this.headers = b.headers;
        this.identity = b.identity;
        this.timestamp = b.timestamp;
        this.expiration = b.expiration;
        this.bodyLength = b.bodyLength;
        this.oversigned = b.oversigned;
    }

    public static Builder builder(DkimAlgorithm algorithm, String domain, String selector, PrivateKey key) {
        return new Builder(algorithm, domain, selector, key);
    }

    /** The message with the new DKIM-Signature field prepended. */
    public byte[] sign(byte[] message) {
        byte[] field = signatureField(message).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(field, field.length + message.length);
        System.arraycopy(message, 0, out, field.length, message.length);
        return out;
    }

    /** The complete "DKIM-Signature: ...\r\n" field for this message. */
    public String signatureField(byte[] message) {
        return signatureField(new ByteArrayInputStream(message));
    }

    /** As {@link #signatureField(byte[])}, streaming the body (only the header section is held in memory). */
    public String signatureField(InputStream message) {
        SigningStream out = signingStream();
        try {
            message.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.signatureField();
    }

    /**
     * Where to write the message to sign, e.g. with {@code MimeMessage.writeTo}: the signature covers exactly the
     * bytes written (the ones then sent), and only the header section is held in memory, so a 50 MB attachment
     * costs no 50 MB of heap (a mail server signs every outgoing mail: copies per mail add up to an outage).
     */
    public SigningStream signingStream() {
        return new SigningStream();
    }

    /** An OutputStream that canonicalizes and hashes the body as it is written (RFC 6376 §3.7). */
    public final class SigningStream extends OutputStream {
        private final ByteArrayOutputStream header = new ByteArrayOutputStream(4096);
        private final BodyHash bodyHash = new BodyHash(algorithm.digestName(), -1);
        private final BodyCanonicalizer canon = new BodyCanonicalizer(bodyCanon, List.of(bodyHash));
        private HeaderSection section;
        private int lineLength;
        private boolean lineIsCr;

        private SigningStream() {
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (section != null) {
                canon.update(b, off, len);
                return;
            }
            for (int i = off; i < off + len; i++) {
                header.write(b[i]);
                if (b[i] != '\n') {
                    lineIsCr = lineLength == 0 && b[i] == '\r';
                    lineLength++;
                    continue;
                }
                boolean emptyLine = lineLength == 0 || lineLength == 1 && lineIsCr;
                lineLength = 0;
                if (emptyLine) {
                    // HeaderSection decides where the header ends; this only tells that it is all here
                    endHeader();
                    canon.update(b, i + 1, off + len - i - 1);
                    return;
                }
            }
        }

        private void endHeader() {
            ByteArrayInputStream in = new ByteArrayInputStream(header.toByteArray());
            try {
                section = HeaderSection.read(in, Integer.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen: read from memory
            }
            byte[] rest = in.readAllBytes();
            canon.update(rest, 0, rest.length);
            header.reset();
        }

        /** The complete "DKIM-Signature: ...\r\n" field for the bytes written (call once, after the last write). */
        public String signatureField() {
            if (section == null) {
                endHeader(); // a message without body
            }
            canon.finish();
            return field(section, bodyHash);
        }
    }

    private String field(HeaderSection section, BodyHash bodyHash) {
        try {
            List<String> signed = new ArrayList<>();
            Map<String, Integer> present = new HashMap<>();
            section.fields().forEach(f -> present.merge(f.name(), 1, Integer::sum));
            for (String h : headers) {
                if (headers != DEFAULT_HEADERS) {
                    signed.add(h); // explicit lists are taken verbatim (a name listed but absent oversigns it)
                    continue;
                }
                int count = present.getOrDefault(h, 0);
                if (!oversigned) {
                    if (count > 0) {
                        signed.add(h);
                    }
                } else if (count > 0 || ALWAYS_OVERSIGNED.contains(h)) {
                    // each instance, then once more: a field added on top in transit breaks the signature
                    for (int i = 0; i <= count; i++) {
                        signed.add(h);
                    }
                }
            }
            if (headers == DEFAULT_HEADERS && !oversigned) {
                signed.add("from"); // a second From added in transit breaks the signature (RFC 6376 §8.15)
            }

            StringBuilder f = new StringBuilder("DKIM-Signature: v=1; a=").append(algorithm.tag())
                    .append("; c=").append(headerCanon.tag()).append('/').append(bodyCanon.tag())
                    .append("; d=").append(domain).append("; s=").append(selector).append(';');
            if (identity != null) {
                f.append(" i=").append(identity).append(';');
            }
            if (timestamp != null) {
                f.append(" t=").append(timestamp.getEpochSecond()).append(';');
            }
            if (expiration != null) {
                f.append(" x=").append(expiration.getEpochSecond()).append(';');
            }
            if (bodyLength) {
                f.append(" l=").append(bodyHash.canonicalLength()).append(';');
            }
            f.append("\r\n\th=").append(String.join(":", signed)).append(';');
            f.append("\r\n\tbh=").append(Base64.getEncoder().encodeToString(bodyHash.hash())).append(';');
            f.append("\r\n\tb=");
            String unsigned = f + "\r\n";
            byte[] data = DkimVerifier.headerHashInput(signed, headerCanon, unsigned, section.fields());

            Signature signer = Signature.getInstance(algorithm.jcaSignature());
            signer.initSign(key);
            signer.update(algorithm == DkimAlgorithm.ED25519_SHA256 ? MessageDigest.getInstance("SHA-256").digest(data) : data);
            String b = Base64.getEncoder().encodeToString(signer.sign());
            for (int i = 0; i < b.length(); i += 72) {
                f.append(i == 0 ? "" : "\r\n\t ").append(b, i, Math.min(b.length(), i + 72));
            }
            return f.append("\r\n").toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + algorithm.tag() + ": " + e.getMessage(), e);
        }
    }

    /** The TXT value to publish for {@code publicKey} (RSA: SubjectPublicKeyInfo; Ed25519: raw 32 bytes, RFC 8463 §4). */
    public static String keyRecord(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        if (publicKey instanceof RSAPublicKey) {
            return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(encoded);
        }
        if (publicKey.getAlgorithm().equalsIgnoreCase("Ed25519") || publicKey.getAlgorithm().equalsIgnoreCase("EdDSA")) {
            byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
            return "v=DKIM1; k=ed25519; p=" + Base64.getEncoder().encodeToString(raw);
        }
        throw new IllegalArgumentException("unsupported key algorithm " + publicKey.getAlgorithm());
    }

    public static final class Builder {
        private final DkimAlgorithm algorithm;
        private final String domain;
        private final String selector;
        private final PrivateKey key;
        private Canonicalization headerCanon = Canonicalization.RELAXED;
        private Canonicalization bodyCanon = Canonicalization.RELAXED;
        private List<String> headers = DEFAULT_HEADERS;
        private String identity;
        private Instant timestamp = Instant.now();
        private Instant expiration;
        private boolean bodyLength;
        private boolean oversigned;

        private Builder(DkimAlgorithm algorithm, String domain, String selector, PrivateKey key) {
            this.algorithm = Objects.requireNonNull(algorithm);
            this.domain = Objects.requireNonNull(domain).toLowerCase(Locale.ROOT);
            this.selector = Objects.requireNonNull(selector);
            this.key = Objects.requireNonNull(key);
        }

        public Builder canonicalization(Canonicalization header, Canonicalization body) {
            this.headerCanon = Objects.requireNonNull(header);
            this.bodyCanon = Objects.requireNonNull(body);
            return this;
        }

        /** Exactly these h= names, in this order (a name listed twice signs two instances or oversigns). */
        public Builder signedHeaders(String... names) {
            List<String> list = new ArrayList<>();
            for (String n : names) {
                list.add(n.toLowerCase(Locale.ROOT));
            }
            this.headers = List.copyOf(list);
            return this;
        }

        public Builder identity(String auid) {
            this.identity = auid;
            return this;
        }

        /** t=; null leaves it out. */
        public Builder timestamp(Instant t) {
            this.timestamp = t;
            return this;
        }

        /** x=; null (default) leaves it out. */
        public Builder expiration(Instant x) {
            this.expiration = x;
            return this;
        }

        /**
         * With the default header list: each signed header once more than present, and From, Reply-To, Subject, To
         * and Cc even when absent (RFC 6376 §8.15), as our outgoing mail is signed. Off, only From is oversigned (the
         * signatures the test corpora were made with, kept byte for byte).
         */
        public Builder oversigned(boolean on) {
            this.oversigned = on;
            return this;
        }

        /** Add l= with the full canonical body length. */
        public Builder bodyLength(boolean on) {
            this.bodyLength = on;
            return this;
        }

        public DkimSigner build() {
            return new DkimSigner(this);
        }
    }
}
