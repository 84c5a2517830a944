package org.spoofguard.core.dkim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.storage.StateFile;

/**
 * Our DKIM signing keys on disk: {@code <dir>/<domain>.<selector>.key} (PKCS#8 PEM, mode 600: only the server
 * may read it) and {@code <dir>/<domain>.<selector>.pub} (SubjectPublicKeyInfo PEM). A missing pair is generated
 * (RSA with the configured size, or Ed25519, RFC 8463). An admin may put their own pair there instead.
 *
 * <p>A new pair is written with {@link StateFile#replace} (forced to disk, renamed, directory forced): the created key's
 * DNS record is logged for publication right after, and a power loss must not then leave an empty key file. A key
 * file that is there but empty or unreadable is never replaced: {@link UnreadableKeyException} names it.
 */
public final class DkimKeyStore {
    /** How a new pair is written; {@link StateFile#replace} except in tests. */
    @FunctionalInterface
    interface Writer {
        void write(Path file, byte[] content, boolean secret) throws IOException;
    }

    /**
     * The private key file exists but holds no usable key (empty or cut short by a crash while it was first written,
     * or damaged): replacing it would sign with a key other than the published one, so it is left for the admin.
     */
    public static final class UnreadableKeyException extends IllegalStateException {
        UnreadableKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path directory;
    private final Writer writer;

    public DkimKeyStore(Path directory) {
        this(directory, StateFile::replace);
    }

    DkimKeyStore(Path directory, Writer writer) {
        this.directory = directory.toAbsolutePath().normalize();
        this.writer = writer;
    }

    public Path directory() {
        return directory;
    }

    /**
     * One signing key and what to publish for it.
     *
     * @param created true when this call generated it (the caller logs where it is and what to publish)
     */
    public record SigningKey(String domain, String selector, DkimAlgorithm algorithm, PrivateKey privateKey,
                             PublicKey publicKey, Path file, boolean created) {
        /** Where the TXT record goes (RFC 6376 §3.6.2.1). */
        public String dnsName() {
            return selector + "._domainkey." + domain;
        }

        /** The TXT value to publish. */
        public String txtRecord() {
            return DkimSigner.keyRecord(publicKey);
        }

        public DkimSigner signer() {
            return DkimSigner.builder(algorithm, domain, selector, privateKey).oversigned(true).build();
        }

        /**
         * Is this DKIM-Signature value (as in the header, folded or not) one made with this key's domain and
         * selector? Read as a tag list (RFC 6376 §3.2): "d=ours.dk;" written inside another tag's value, or d=
         * as the last tag without ";", are not mistaken either way.
         */
        public boolean madeThis(String signatureValue) {
            TagList tags = TagList.parse(signatureValue);
            return tags.error() == null
                && tags.get("d").map(d -> TagList.removeFws(d).equalsIgnoreCase(domain)).orElse(false)
                && tags.get("s").map(s -> TagList.removeFws(s).equalsIgnoreCase(selector)).orElse(false);
        }
    }

    public Path privateKeyFile(String domain, String selector) {
        return directory.resolve(fileStem(domain, selector) + ".key");
    }

    public Path publicKeyFile(String domain, String selector) {
        return directory.resolve(fileStem(domain, selector) + ".pub");
    }

    private static String fileStem(String domain, String selector) {
        String d = domain.toLowerCase(Locale.ROOT);
        String s = selector.toLowerCase(Locale.ROOT);
        // the names become file names: no path separators, no "..", nothing outside DNS label syntax
        if (!DkimSigningConfig.NAME.matcher(d).matches() || !DkimSigningConfig.NAME.matcher(s).matches()) {
            throw new IllegalArgumentException("not a DNS name: '" + d + "' / '" + s + "'");
        }
        return d + "." + s;
    }

    /** The public key published for our selector, if a key pair exists (read-only: for the posture check). */
    public Optional<PublicKey> publicKey(String domain, String selector) {
        Path pub = publicKeyFile(domain, selector);
        if (!Files.isRegularFile(pub)) {
            return Optional.empty();
        }
        try {
            return Optional.of(readPublic(Files.readString(pub, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the pair, generating and storing it first when absent. Serialised: one generation per key. */
    public synchronized SigningKey loadOrCreate(String domain, String selector, DkimAlgorithm algorithm, int rsaBits) {
        Path key = privateKeyFile(domain, selector);
        Path pub = publicKeyFile(domain, selector);
        try {
            if (Files.isRegularFile(key)) {
                PrivateKey privateKey = readExisting(key);
                PublicKey publicKey = Files.isRegularFile(pub) ? readPublic(Files.readString(pub, StandardCharsets.US_ASCII))
                    : derivePublic(privateKey);
                DkimAlgorithm actual = privateKey.getAlgorithm().equals("RSA") ? DkimAlgorithm.RSA_SHA256 : DkimAlgorithm.ED25519_SHA256;
                return new SigningKey(domain.toLowerCase(Locale.ROOT), selector, actual, privateKey, publicKey, key, false);
            }
            KeyPair pair;
            if (algorithm == DkimAlgorithm.ED25519_SHA256) {
                pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } else if (algorithm == DkimAlgorithm.RSA_SHA256) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(rsaBits);
                pair = g.generateKeyPair();
            } else {
                throw new IllegalArgumentException("will not generate keys for " + algorithm.tag() + " (RFC 8301 §3.1)");
            }
            // the public half first: a crash before the private key is on disk leaves no key, and the next start
            // makes a new pair (nothing was logged for publication yet)
            writer.write(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII), false);
            writer.write(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII), true);
            return new SigningKey(domain.toLowerCase(Locale.ROOT), selector, algorithm, pair.getPrivate(), pair.getPublic(), key, true);
        } catch (IOException e) {
            throw new UncheckedIOException("DKIM key " + key + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DKIM key " + key + " is not a usable PKCS#8 RSA or Ed25519 key: " + e.getMessage(), e);
        }
    }

    private static PrivateKey readExisting(Path key) throws IOException {
        String text = Files.readString(key, StandardCharsets.US_ASCII);
        String restore = ": if its DNS record was published, put the backed-up key back; otherwise delete it (and its"
            + " .pub) to have a new pair made at the next start, and publish the new record";
        if (text.isBlank()) {
            throw new UnreadableKeyException("DKIM key " + key + " is empty (a crash while it was first written?)"
                + restore, null);
        }
        try {
            return readPrivate(text);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableKeyException("DKIM key " + key + " is not a usable PKCS#8 RSA or Ed25519 key ("
                + e.getMessage() + "; cut short?)" + restore, e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }

    static byte[] unpem(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    static PrivateKey readPrivate(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new GeneralSecurityException("PKCS#1 'RSA PRIVATE KEY' given; convert with: openssl pkcs8 -topk8 -nocrypt");
        }
        byte[] der = unpem(pem);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }

    static PublicKey readPublic(String pem) {
        byte[] der = unpem(pem);
        try {
            try {
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA or Ed25519 public key: " + e.getMessage(), e);
        }
    }

    private static PublicKey derivePublic(PrivateKey key) throws GeneralSecurityException {
        if (key instanceof RSAPrivateCrtKey rsa) {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        }
        throw new GeneralSecurityException("an Ed25519 private key needs its .pub file next to it");
    }
}
