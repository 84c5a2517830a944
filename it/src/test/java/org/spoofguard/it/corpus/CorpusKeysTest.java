package org.spoofguard.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The stored corpus DKIM keys ({@link CorpusWorld#KEYS_RESOURCE}) are the ones the domain names derive, and every
 * corpus finds its keys there. {@code -Dinvoice.corpus.regenerate=true} rewrites the file from all corpora
 * ({@link #everyCorpusKeyIsStored}, run with {@code -Pall-corpora}: see docs/corpus/blind-writer-brief.md).
 */
class CorpusKeysTest {
    private static final Path FILE = Path.of("src/test/resources", CorpusWorld.KEYS_RESOURCE);

    /**
     * The corpora {@code mvn -B verify} generates and runs (the first and the four newest held-out ones, it/pom.xml)
     * find their keys stored. The earlier ninety-one are generated only with {@code -Pall-corpora}, which checks them
     * all ({@link #everyCorpusKeyIsStored}): generating every corpus takes over a minute.
     */
    @Test
    void theKeysOfTheCorporaVerifyRunsAreStored() throws Exception {
        CorpusChecks.mailsOf(new InvoiceCorpus(), new HeldOutCorpus93(), new HeldOutCorpus94(), new HeldOutCorpus95(),
            new HeldOutCorpus96());
        assertThat(Files.readAllLines(FILE, StandardCharsets.US_ASCII)).containsAll(CorpusWorld.usedKeyLines());
    }

    @Test
    @Tag(CorpusChecks.EARLIER_CORPORA)
    void everyCorpusKeyIsStored() throws Exception {
        CorpusChecks.mailsOf(new InvoiceCorpus(), new HeldOutCorpus(), new HeldOutCorpus2(), new HeldOutCorpus3(),
            new HeldOutCorpus4(), new HeldOutCorpus5(), new HeldOutCorpus6(), new HeldOutCorpus7(), new HeldOutCorpus8(),
            new HeldOutCorpus9(), new HeldOutCorpus10(), new HeldOutCorpus11(), new HeldOutCorpus12(), new HeldOutCorpus13(),
            new HeldOutCorpus14(), new HeldOutCorpus15(), new HeldOutCorpus16(), new HeldOutCorpus17(), new HeldOutCorpus18(),
            new HeldOutCorpus19(), new HeldOutCorpus20(), new HeldOutCorpus21(), new HeldOutCorpus22(),
            new HeldOutCorpus23(), new HeldOutCorpus24(), new HeldOutCorpus25(), new HeldOutCorpus26(), new HeldOutCorpus27(),
            new HeldOutCorpus28(), new HeldOutCorpus29(), new HeldOutCorpus30(), new HeldOutCorpus31(),
            new HeldOutCorpus32(), new HeldOutCorpus33(), new HeldOutCorpus34(), new HeldOutCorpus35(),
            new HeldOutCorpus36(), new HeldOutCorpus37(), new HeldOutCorpus38(), new HeldOutCorpus39(),
            new HeldOutCorpus40(), new HeldOutCorpus41(), new HeldOutCorpus42(), new HeldOutCorpus43(), new HeldOutCorpus44(),
            new HeldOutCorpus45(), new HeldOutCorpus46(), new HeldOutCorpus47(), new HeldOutCorpus48(),
            new HeldOutCorpus49(), new HeldOutCorpus50(), new HeldOutCorpus51(), new HeldOutCorpus52(),
            new HeldOutCorpus53(), new HeldOutCorpus54(), new HeldOutCorpus55(),
            new HeldOutCorpus56(), new HeldOutCorpus57(), new HeldOutCorpus58(), new HeldOutCorpus59(),
            new HeldOutCorpus60(), new HeldOutCorpus61(), new HeldOutCorpus62(),
            new HeldOutCorpus63(), new HeldOutCorpus64(), new HeldOutCorpus65(),
            new HeldOutCorpus66(), new HeldOutCorpus67(), new HeldOutCorpus68(), new HeldOutCorpus69(),
            new HeldOutCorpus70(), new HeldOutCorpus71(), new HeldOutCorpus72(),
            new HeldOutCorpus73(), new HeldOutCorpus74(), new HeldOutCorpus75(), new HeldOutCorpus76(),
            new HeldOutCorpus77(), new HeldOutCorpus78(), new HeldOutCorpus79(), new HeldOutCorpus80(),
            new HeldOutCorpus81(), new HeldOutCorpus82(), new HeldOutCorpus83(), new HeldOutCorpus84(),
            new HeldOutCorpus85(), new HeldOutCorpus86(), new HeldOutCorpus87(),
            new HeldOutCorpus88(), new HeldOutCorpus90(), new HeldOutCorpus91(), new HeldOutCorpus92(),
            new HeldOutCorpus93(), new HeldOutCorpus94(), new HeldOutCorpus95(), new HeldOutCorpus96());
        List<String> used = CorpusWorld.usedKeyLines();
        if (Boolean.getBoolean("invoice.corpus.regenerate")) {
            Files.write(FILE, used, StandardCharsets.US_ASCII);
        }
        assertThat(Files.readAllLines(FILE, StandardCharsets.US_ASCII)).containsAll(used);
    }

    /** Deriving takes a second or so a key: a few RSA keys and an Ed25519 key stand for all. */
    @Test
    void theStoredKeysAreTheOnesTheDomainNamesDerive() throws Exception {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.US_ASCII);
        assertThat(lines).hasSizeGreaterThan(100);
        List<String> sample = List.of(lines.get(0), lines.get(lines.size() / 2), lines.get(lines.size() - 1),
            lines.stream().filter(l -> l.split("\t")[0].endsWith("/" + DkimAlgorithm.ED25519_SHA256)).findFirst().orElseThrow());
        for (String line : sample) {
            String key = line.split("\t")[0];
            int slash = key.lastIndexOf('/');
            KeyPair derived = CorpusWorld.newKeyPair(key.substring(0, slash), DkimAlgorithm.valueOf(key.substring(slash + 1)));
            KeyPair stored = CorpusWorld.keyPair(key.substring(0, slash), DkimAlgorithm.valueOf(key.substring(slash + 1)));
            assertThat(stored.getPrivate().getEncoded()).as(key).isEqualTo(derived.getPrivate().getEncoded());
            assertThat(stored.getPublic().getEncoded()).as(key).isEqualTo(derived.getPublic().getEncoded());
        }
    }
}
