package org.spoofguard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {
    @TempDir
    Path dir;

    @Test
    void firstStartGeneratesAMatchingSelfSignedPairAndLaterStartsReuseIt() throws Exception {
        TlsMaterial.Pair first = TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC());
        assertThat(first.selfSigned()).isTrue();
        assertThat(first.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=mx.example.org");
        assertThat(first.leaf().getSubjectAlternativeNames()).anyMatch(san -> san.get(1).equals("mx.example.org"));
        assertThat(Files.readString(first.key())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(first.key())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        TlsMaterial.check(first.key(), first.chain(), true);
        String fingerprint = TlsMaterial.fingerprint(first.key(), first.chain());

        TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC());
        assertThat(TlsMaterial.fingerprint(first.key(), first.chain())).isEqualTo(fingerprint);
    }

    @Test
    void aSelfSignedPairIsMadeAgainWhenItExpiresSoonOrTheHostNameChanged() throws Exception {
        TlsMaterial.Pair first = TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC());
        String original = TlsMaterial.fingerprint(first.key(), first.chain());

        Clock nearExpiry = Clock.offset(Clock.systemUTC(), TlsMaterial.SELF_SIGNED_VALIDITY.minus(Duration.ofDays(10)));
        TlsMaterial.selfSigned(dir, "mx.example.org", nearExpiry);
        String renewed = TlsMaterial.fingerprint(first.key(), first.chain());
        assertThat(renewed).isNotEqualTo(original);

        TlsMaterial.Pair renamed = TlsMaterial.selfSigned(dir, "mail.example.org", Clock.systemUTC());
        assertThat(renamed.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=mail.example.org");
        assertThat(TlsMaterial.fingerprint(first.key(), first.chain())).isNotEqualTo(renewed);
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefusedNamingTheFiles() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        TlsMaterial.selfSigned(one, "one.test", Clock.systemUTC());
        TlsMaterial.selfSigned(two, "two.test", Clock.systemUTC());
        assertThatThrownBy(() -> TlsMaterial.check(one.resolve(TlsMaterial.KEY_FILE), two.resolve(TlsMaterial.CHAIN_FILE), false))
            .isInstanceOf(GeneralSecurityException.class)
            .hasMessageContaining(one.resolve(TlsMaterial.KEY_FILE).toString())
            .hasMessageContaining("does not belong");
    }

    @Test
    void pkcs1KeysAsOlderToolsWriteThemAreRead() throws Exception {
        TlsMaterial.Pair pair = TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC());
        StringWriter pkcs1 = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pkcs1)) {
            writer.writeObject(TlsMaterial.readKey(pair.key()));
        }
        assertThat(pkcs1.toString()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        Path traditional = dir.resolve("traditional.pem");
        Files.writeString(traditional, pkcs1.toString());
        assertThat(TlsMaterial.check(traditional, pair.chain(), false).leaf()).isEqualTo(pair.leaf());
    }

    @Test
    void ecdsaPkcs8KeysAsCertbotWritesThemAreRead() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair keyPair = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=ec.example.org");
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
            .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.TEN,
                new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L), name, keyPair.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
        Path pkcs8 = Files.writeString(dir.resolve("privkey.pem"), TlsMaterial.pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()));
        Path chain = Files.writeString(dir.resolve("fullchain.pem"), TlsMaterial.pem("CERTIFICATE", certificate.getEncoded()));
        assertThat(TlsMaterial.check(pkcs8, chain, false).leaf()).isEqualTo(certificate);

    }

    @Test
    void filesWithoutAKeyOrCertificateAreRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        TlsMaterial.Pair pair = TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC());
        assertThatThrownBy(() -> TlsMaterial.check(empty, pair.chain(), false)).hasMessageContaining("no unencrypted private key");
        assertThatThrownBy(() -> TlsMaterial.check(pair.key(), empty, false)).isInstanceOf(Exception.class);
    }

    /** docs/tls.md: a CA-issued pair copied into the directory is never overwritten, also when it does not check out. */
    @Test
    void aCaIssuedPairThatDoesNotCheckOutStopsTheStartAndIsKept() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        java.security.KeyPair ca = rsa.generateKeyPair();
        java.security.KeyPair thisYear = rsa.generateKeyPair();
        java.security.KeyPair lastYear = rsa.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name issuer = new org.bouncycastle.asn1.x500.X500Name("CN=Test CA R3");
        org.bouncycastle.asn1.x500.X500Name subject = new org.bouncycastle.asn1.x500.X500Name("CN=mx.example.org");
        java.security.cert.X509Certificate leaf = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
            .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(issuer, java.math.BigInteger.valueOf(42),
                new java.util.Date(System.currentTimeMillis() - 3_600_000L), new java.util.Date(System.currentTimeMillis() + 90 * 86_400_000L),
                subject, thisYear.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
        Path chain = Files.writeString(dir.resolve(TlsMaterial.CHAIN_FILE), TlsMaterial.pem("CERTIFICATE", leaf.getEncoded()));
        Path key = Files.writeString(dir.resolve(TlsMaterial.KEY_FILE), TlsMaterial.pem("PRIVATE KEY", lastYear.getPrivate().getEncoded()));
        String copiedChain = Files.readString(chain);
        String copiedKey = Files.readString(key);

        assertThatThrownBy(() -> TlsMaterial.selfSigned(dir, "mx.example.org", Clock.systemUTC()))
            .isInstanceOf(GeneralSecurityException.class).hasMessageContaining(chain.toString()).hasMessageContaining("CA-issued");
        assertThat(Files.readString(chain)).isEqualTo(copiedChain);
        assertThat(Files.readString(key)).isEqualTo(copiedKey);
    }
}
