package org.spoofguard.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;

class DkimKeyStoreTest {
    static final byte[] MAIL = ("From: Alice <alice@example.dk>\r\nTo: bob@example.org\r\nSubject: hej\r\n"
        + "Date: Mon, 30 Nov 2026 12:00:00 +0000\r\nMessage-ID: <1@example.dk>\r\n\r\nBody\r\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void generatesAnRsa2048KeyOncePrivateFileMode600AndItVerifies() throws Exception {
        DkimKeyStore store = new DkimKeyStore(dir.resolve("dkim"));
        DkimKeyStore.SigningKey key = store.loadOrCreate("Example.dk", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        assertThat(key.created()).isTrue();
        assertThat(key.file()).isEqualTo(dir.resolve("dkim/example.dk.spoofguard.key"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(Files.readString(key.file())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(key.dnsName()).isEqualTo("spoofguard._domainkey.example.dk");
        assertThat(DkimKeyRecord.parse(key.txtRecord()).bits()).isEqualTo(2048);

        DkimKeyStore.SigningKey again = new DkimKeyStore(dir.resolve("dkim")).loadOrCreate("example.dk", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        assertThat(again.created()).isFalse();
        assertThat(again.txtRecord()).isEqualTo(key.txtRecord());
        assertThat(store.publicKey("example.dk", "spoofguard")).contains(key.publicKey());

        byte[] signed = again.signer().sign(MAIL);
        DnsResolver dns = (name, type) -> name.equals("spoofguard._domainkey.example.dk") ? DnsAnswer.ok(List.of(key.txtRecord()))
            : DnsAnswer.ok(List.of());
        assertThat(new DkimVerifier(dns).verify(signed)).singleElement()
            .satisfies(r -> assertThat(r.result()).isEqualTo(DkimResultCode.PASS));
    }

    /** DkimSign skips a mail it already signed; read as tags, not as text containing "d=ours;". */
    @Test
    void tellsItsOwnSignatureFromLookAlikeText() {
        DkimKeyStore.SigningKey key = new DkimKeyStore(dir).loadOrCreate("example.dk", "s2", DkimAlgorithm.ED25519_SHA256, 2048);
        assertThat(key.madeThis("v=1; a=ed25519-sha256; d=example.dk; s=s2; h=from; bh=AAAA; b=BBBB")).isTrue();
        assertThat(key.madeThis("v=1; a=ed25519-sha256; s=s2;\r\n\th=from; bh=AAAA; b=BBBB; d=Example.DK")).as("d= last, no ';'").isTrue();
        assertThat(key.madeThis("v=1; d=other.example; s=s2; z=x|d=example.dk;s=s2; bh=AAAA; b=BBBB"))
            .as("our d= and s= only written inside another tag").isFalse();
        assertThat(key.madeThis("v=1; d=sub.example.dk; s=s2; bh=AAAA; b=BBBB")).isFalse();
        assertThat(key.madeThis("v=1; d=example.dk; s=s2; d=example.dk; b=BBBB")).as("not a tag list").isFalse();
    }

    @Test
    void ed25519OnRequest() {
        DkimKeyStore.SigningKey key = new DkimKeyStore(dir).loadOrCreate("example.dk", "s2", DkimAlgorithm.ED25519_SHA256, 2048);
        assertThat(key.txtRecord()).startsWith("v=DKIM1; k=ed25519; p=");
        assertThat(DkimKeyRecord.parse(key.txtRecord()).bits()).isEqualTo(256);
        assertThat(new DkimKeyStore(dir).loadOrCreate("example.dk", "s2", DkimAlgorithm.RSA_SHA256, 2048).algorithm())
            .as("an existing key decides the algorithm").isEqualTo(DkimAlgorithm.ED25519_SHA256);
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreRefused() {
        DkimKeyStore store = new DkimKeyStore(dir);
        assertThatThrownBy(() -> store.loadOrCreate("../etc", "s", DkimAlgorithm.RSA_SHA256, 2048)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.loadOrCreate("example.dk", "a/b", DkimAlgorithm.RSA_SHA256, 2048)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.loadOrCreate("example.dk", "s", DkimAlgorithm.RSA_SHA1, 2048)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configDefaultsAndBadKeys() {
        DkimSigningConfig c = DkimSigningConfig.defaults();
        assertThat(c.enabled()).isTrue();
        assertThat(c.selector()).isEqualTo("spoofguard");
        assertThat(c.algorithm()).isEqualTo(DkimAlgorithm.RSA_SHA256);
        assertThat(c.rsaBits()).isEqualTo(2048);
        assertThat(c.keyDirectory()).isEqualTo("var/spoofguard/dkim");
        assertThat(c.signs("example.dk", true)).isTrue();
        assertThat(c.signs("localhost", true)).isFalse();
        assertThat(c.signs("example.org", false)).isFalse();
        DkimSigningConfig only = DkimSigningConfig.parse(Map.of("domains", "a.dk, b.dk", "algorithm", "ed25519-sha256"));
        assertThat(only.signs("a.dk", false)).isTrue();
        assertThat(only.signs("c.dk", true)).isFalse();
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("selecter", "x"))).hasMessageContaining("dkim.selecter");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("algorithm", "rsa-sha1"))).hasMessageContaining("dkim.algorithm");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("rsaBits", "1024"))).hasMessageContaining("dkim.rsaBits");
        assertThatThrownBy(() -> DkimSigningConfig.parse(Map.of("selector", "../x"))).hasMessageContaining("dkim.selector");
    }

    /**
     * A crash right after the first start could leave the key file empty or cut short while its public half had
     * already been published from the log: such a file is never replaced by a new key, and the error names it.
     */
    @Test
    void anEmptyOrTruncatedKeyFileIsNamedAndNeverReplaced() throws Exception {
        DkimKeyStore store = new DkimKeyStore(dir.resolve("dkim"));
        DkimKeyStore.SigningKey key = store.loadOrCreate("example.dk", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        String pem = Files.readString(key.file());

        Files.writeString(key.file(), "");
        assertThatThrownBy(() -> store.loadOrCreate("example.dk", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(key.file().toString()).hasMessageContaining("empty");
        assertThat(Files.size(key.file())).isZero();

        for (int cut : new int[] {40, pem.length() / 2 + 1, pem.length() - 30}) {
            Files.writeString(key.file(), pem.substring(0, cut));
            assertThatThrownBy(() -> store.loadOrCreate("example.dk", "spoofguard", DkimAlgorithm.RSA_SHA256, 2048))
                .as("cut at %d", cut)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key.file().toString());
            assertThat(Files.readString(key.file())).isEqualTo(pem.substring(0, cut));
        }
    }

    /** Both files of a new pair go through StateFile's synced replace (file forced, renamed, directory forced). */
    @Test
    void aNewPairIsWrittenThroughTheSyncedWriter() throws Exception {
        List<String> written = new java.util.ArrayList<>();
        DkimKeyStore store = new DkimKeyStore(dir.resolve("dkim"), (file, content, secret) -> {
            written.add(file.getFileName() + (secret ? " secret" : ""));
            org.spoofguard.core.storage.StateFile.replace(file, content, secret);
        });
        DkimKeyStore.SigningKey key = store.loadOrCreate("example.dk", "spoofguard", DkimAlgorithm.ED25519_SHA256, 0);
        assertThat(written).containsExactly("example.dk.spoofguard.pub", "example.dk.spoofguard.key secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(new DkimKeyStore(dir.resolve("dkim")).loadOrCreate("example.dk", "spoofguard",
            DkimAlgorithm.ED25519_SHA256, 0).privateKey()).isEqualTo(key.privateKey());
        try (var files = Files.list(dir.resolve("dkim"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "example.dk.spoofguard.pub", "example.dk.spoofguard.key");
        }
    }
}
