package org.spoofguard.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import nl.altindag.ssl.util.PemUtils;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.spoofguard.core.storage.StateFile;

/**
 * The server's TLS key and certificate chain as PEM files, the format James's {@code <tls><privateKey>} and
 * {@code <certificates>} read and every ACME client (certbot's {@code privkey.pem} / {@code fullchain.pem})
 * writes. Either the admin's files, checked before James starts (a wrong pair would otherwise only show up as
 * failed handshakes), or a self-signed pair generated on first start so that no port ever runs without TLS.
 */
public final class TlsMaterial {
    /** A self-signed certificate is renewed on start when it expires within this period. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    static final Duration SELF_SIGNED_VALIDITY = Duration.ofDays(825);
    public static final String KEY_FILE = "privkey.pem";
    public static final String CHAIN_FILE = "fullchain.pem";

    /** Subdirectory of {@code var/tls/} holding the copy of the checked pair that James actually reads. */
    public static final String ACTIVE_DIRECTORY = "active";

    /**
     * The pair James is configured with; {@code selfSigned} when SpoofGuard generated it. {@code fingerprint} is
     * {@link #fingerprint} of the bytes that were checked: any change of the files after it (a renewal while James
     * starts) differs from it, so the {@link CertificateWatcher} reloads. {@code active}, when not null, is the
     * directory holding a copy of exactly those checked bytes ({@link #activate}); James reads that copy, never the
     * admin's files, so what an ACME client writes between our check and James's read cannot reach James unchecked.
     */
    public record Pair(Path key, Path chain, boolean selfSigned, X509Certificate leaf, String fingerprint, Path active) {
        public Pair(Path key, Path chain, boolean selfSigned, X509Certificate leaf, String fingerprint) {
            this(key, chain, selfSigned, leaf, fingerprint, null);
        }

        /** The key file James is pointed at: the checked copy when there is one. */
        public Path activeKey() {
            return active == null ? key : active.resolve(KEY_FILE);
        }

        /** The chain file James is pointed at: the checked copy when there is one. */
        public Path activeChain() {
            return active == null ? chain : active.resolve(CHAIN_FILE);
        }

        /** Whether the leaf's validity period covers {@code now}. */
        public boolean validAt(Instant now) {
            return !now.isBefore(leaf.getNotBefore().toInstant()) && !now.isAfter(leaf.getNotAfter().toInstant());
        }

        /** For the admin: which file, and the period it is valid for. */
        public String validity() {
            return "the certificate in " + chain + " is valid from " + leaf.getNotBefore().toInstant() + " until "
                + leaf.getNotAfter().toInstant();
        }

        public String describe() {
            return (selfSigned ? "self-signed " : "") + "certificate for " + leaf.getSubjectX500Principal().getName()
                + ", valid until " + leaf.getNotAfter().toInstant() + ", SHA-256 " + sha256(leaf);
        }
    }

    private TlsMaterial() {
    }

    /**
     * The self-signed pair under {@code directory} ({@code privkey.pem}, {@code fullchain.pem}), generated when
     * missing, unreadable, for another host name, or expiring within {@link #RENEW_BEFORE}.
     */
    public static Pair selfSigned(Path directory, String hostname, Clock clock) throws IOException, GeneralSecurityException {
        Path key = directory.resolve(KEY_FILE);
        Path chain = directory.resolve(CHAIN_FILE);
        if (Files.isRegularFile(key) && Files.isRegularFile(chain)) {
            try {
                Pair existing = check(key, chain, true);
                boolean fresh = existing.leaf().getNotAfter().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE));
                boolean sameHost = existing.leaf().getSubjectX500Principal().getName().equals("CN=" + hostname);
                boolean ours = existing.leaf().getSubjectX500Principal().equals(existing.leaf().getIssuerX500Principal());
                // A CA-issued pair someone copied here is not ours to overwrite: used as it is.
                if (!ours || (fresh && sameHost)) {
                    return existing;
                }
            } catch (IOException | GeneralSecurityException e) {
                // Unreadable or mismatched. Ours (or garbage): made anew below. A CA-issued chain (issuer is not the
                // subject) with a key that does not fit, e.g. a renewed certificate beside last year's key, is the
                // admin's: replacing it silently lost their files; the start stops and says why, as --tls-cert does.
                if (issuedByAnother(chain)) {
                    throw new GeneralSecurityException("the CA-issued certificate in " + chain + " cannot be used with "
                        + key + " (" + e.getMessage() + "); fix or remove the pair (docs/tls.md)", e);
                }
            }
        }
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        // RSA rather than ECDSA: the MX talks to every kind of sending MTA, including old ones.
        generator.initialize(2048, new SecureRandom());
        KeyPair keyPair = generator.generateKeyPair();
        X509Certificate certificate = selfSignedCertificate(keyPair, hostname, clock.instant());
        writeAtomically(key, pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()), true);
        writeAtomically(chain, pem("CERTIFICATE", certificate.getEncoded()), false);
        return new Pair(key, chain, true, certificate, fingerprint(key, chain));
    }

    /** Whether the chain's first certificate reads and was issued by someone other than its subject. */
    private static boolean issuedByAnother(Path chain) {
        try {
            X509Certificate leaf = readChain(chain).get(0);
            return !leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads and checks a PEM pair: the chain's first certificate must belong to the key (else every handshake
     * would fail after James started happily).
     */
    public static Pair check(Path key, Path chain, boolean selfSigned) throws IOException, GeneralSecurityException {
        return check(key, chain, Files.readAllBytes(key), Files.readAllBytes(chain), selfSigned);
    }

    /**
     * Reads both files once, checks those bytes ({@link #check}; with {@code validAt}, also that the leaf is valid
     * then, else refused like a mismatched pair) and writes exactly them to {@code active} ({@code privkey.pem} mode
     * 600, each file replaced atomically by {@link StateFile#replace}). The returned pair names the admin's files
     * (watched for renewals) and {@code active} (what James reads).
     *
     * @param validAt null: an expired leaf is accepted (the caller warns); else the instant it must be valid at
     */
    public static Pair activate(Path key, Path chain, boolean selfSigned, Path active, Instant validAt)
            throws IOException, GeneralSecurityException {
        byte[] keyBytes = Files.readAllBytes(key);
        byte[] chainBytes = Files.readAllBytes(chain);
        Pair pair = check(key, chain, keyBytes, chainBytes, selfSigned);
        if (validAt != null && !pair.validAt(validAt)) {
            // An old backup or stale link copied over the live files would otherwise replace a valid certificate,
            // and every verifying client (submission, IMAP, MTA-STS senders) would refuse the server.
            throw new GeneralSecurityException(pair.validity() + ", not at " + validAt
                + "; keeping the certificate in use");
        }
        StateFile.replace(active.resolve(KEY_FILE), keyBytes, true);
        StateFile.replace(active.resolve(CHAIN_FILE), chainBytes, false);
        return new Pair(key, chain, selfSigned, pair.leaf(), pair.fingerprint(), active);
    }

    private static Pair check(Path key, Path chain, byte[] keyBytes, byte[] chainBytes, boolean selfSigned)
            throws IOException, GeneralSecurityException {
        String fingerprint = fingerprint(keyBytes, chainBytes);
        List<X509Certificate> certificates = readChain(chain, chainBytes);
        PrivateKey privateKey = readKey(key, keyBytes);
        X509Certificate leaf = certificates.get(0);
        if (!belongTogether(privateKey, leaf.getPublicKey())) {
            throw new GeneralSecurityException("the private key in " + key + " does not belong to the first certificate in "
                + chain + " (" + leaf.getSubjectX500Principal().getName() + ")");
        }
        try {
            // The very loader James's <privateKey>/<certificates> use: what passes here, James can load.
            PemUtils.loadIdentityMaterial(new ByteArrayInputStream(chainBytes), new ByteArrayInputStream(keyBytes));
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("James cannot load " + key + " with " + chain + ": " + e.getMessage(), e);
        }
        return new Pair(key, chain, selfSigned, leaf, fingerprint);
    }

    /** A digest of both files' bytes: changes when an ACME client renews them. */
    public static String fingerprint(Path key, Path chain) throws IOException {
        return fingerprint(Files.readAllBytes(key), Files.readAllBytes(chain));
    }

    private static String fingerprint(byte[] key, byte[] chain) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key);
            digest.update((byte) 0);
            digest.update(chain);
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The host name a self-signed certificate is made for when none is configured. */
    public static String defaultHostname() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name.toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "localhost";
        }
    }

    static List<X509Certificate> readChain(Path chain) throws IOException, GeneralSecurityException {
        return readChain(chain, Files.readAllBytes(chain));
    }

    private static List<X509Certificate> readChain(Path chain, byte[] bytes) throws IOException, GeneralSecurityException {
        try (var in = new ByteArrayInputStream(bytes)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                .map(X509Certificate.class::cast)
                .toList();
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException("no certificate in " + chain);
            }
            return certificates;
        }
    }

    /** PKCS#8 ({@code PRIVATE KEY}) or PKCS#1 ({@code RSA PRIVATE KEY}), unencrypted (others as far as Bouncy Castle reads them). */
    static PrivateKey readKey(Path key) throws IOException, GeneralSecurityException {
        return readKey(key, Files.readAllBytes(key));
    }

    private static PrivateKey readKey(Path key, byte[] bytes) throws IOException, GeneralSecurityException {
        try (Reader reader = new StringReader(new String(bytes, StandardCharsets.US_ASCII));
                PEMParser parser = new PEMParser(reader)) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    // SEC1 may omit the public key: convert the private part only.
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        }
        throw new GeneralSecurityException("no unencrypted private key (PEM) in " + key);
    }

    private static boolean belongTogether(PrivateKey key, PublicKey publicKey) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            // "ECDSA" is what Bouncy Castle's PEM converter names EC keys (certbot's default since 2.0).
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new GeneralSecurityException("unsupported key algorithm " + key.getAlgorithm());
        };
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        try {
            verifier.initVerify(publicKey);
        } catch (GeneralSecurityException e) {
            return false;
        }
        verifier.update(probe);
        return verifier.verify(signature);
    }

    private static X509Certificate selfSignedCertificate(KeyPair keyPair, String hostname, Instant now)
            throws GeneralSecurityException, IOException {
        X500Name name = new X500Name("CN=" + hostname);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
            new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(SELF_SIGNED_VALIDITY)),
            name, keyPair.getPublic());
        // Clients match the host name against subjectAltName only (RFC 6125 §6.4.4).
        builder.addExtension(Extension.subjectAlternativeName, false,
            new GeneralNames(new GeneralName(GeneralName.dNSName, hostname)));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        try {
            return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }

    static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            return "?";
        }
    }

    /** Written next to the target and moved over it, so James never reads half a file; the key readable by us only. */
    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the data directory's own permissions protect it
                }
            }
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
