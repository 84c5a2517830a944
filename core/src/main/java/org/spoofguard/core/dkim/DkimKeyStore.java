package org.spoofguard.core.dkim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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

/**
 * Our DKIM signing keys on disk: {@code <dir>/<domain>.<selector>.key} (PKCS#8 PEM, mode 600: only the server
 * may read it) and {@code <dir>/<domain>.<selector>.pub} (SubjectPublicKeyInfo PEM). A missing pair is generated
 * (RSA with the configured size, or Ed25519, RFC 8463). An admin may put their own pair there instead.
 */
public final class DkimKeyStore {
    private final Path directory;

    public DkimKeyStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
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
                PrivateKey privateKey = readPrivate(Files.readString(key, StandardCharsets.US_ASCII));
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
            Files.createDirectories(directory);
            write(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            write(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            return new SigningKey(domain.toLowerCase(Locale.ROOT), selector, algorithm, pair.getPrivate(), pair.getPublic(), key, true);
        } catch (IOException e) {
            throw new UncheckedIOException("DKIM key " + key + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DKIM key " + key + " is not a usable PKCS#8 RSA or Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** Written to a temporary file first (created with its final permissions) and moved in, never half-written. */
    private void write(Path target, String text, boolean secret) throws IOException {
        Path tmp = directory.resolve(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            throw e;
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
