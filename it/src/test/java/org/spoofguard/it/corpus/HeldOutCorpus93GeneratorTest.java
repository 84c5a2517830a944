package org.spoofguard.it.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed ninety-third held-out corpus is exactly what {@link HeldOutCorpus93} makes, and it is the independent test
 * set it claims to be: a world of its own (no From domain of any earlier corpus but the big free-mail providers and our own
 * {@value HeldOutCorpus93#OWN}), test split only, valid IBANs, fraud and legitimate texts not taken from earlier corpora.
 * The ninety-fourth corpus, written at the same time, is not among the earlier ones (there is no eighty-ninth). {@code
 * -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus93GeneratorTest {
    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus93.DIR, HeldOutCorpus93::write, tmp);
    }

    @Test
    void atLeast120MailsInAtLeast15FraudFamiliesAllTestSplit() {
        CorpusChecks.heldOutCorpus(new HeldOutCorpus93().generate(), 120, 15, 35, 50, 40);
    }

    /**
     * A new world, checked against every earlier corpus's mails: generating them all and reading their texts takes about two
     * minutes, so it runs with the earlier corpora's own generator checks ({@code -Pall-corpora}), which pin those corpora as
     * {@link #theCommittedCorpusIsWhatTheGeneratorMakes} pins this one.
     */
    @Test
    @Tag(CorpusChecks.EARLIER_CORPORA)
    void aNewWorld() {
        List<CorpusWorld.Mail> all = new HeldOutCorpus93().generate();
        Map<String, List<CorpusWorld.Mail>> fraud = CorpusChecks.heldOutCorpus(all, 120, 15, 35, 50, 40);
        // every corpus up to the ninety-second (there is no eighty-ninth); the ninety-fourth, written at the same time,
        // is not an earlier one
        List<CorpusWorld.Mail> earlier = CorpusChecks.mailsOf(
            new InvoiceCorpus(), new HeldOutCorpus(), new HeldOutCorpus2(), new HeldOutCorpus3(), new HeldOutCorpus4(),
            new HeldOutCorpus5(), new HeldOutCorpus6(), new HeldOutCorpus7(), new HeldOutCorpus8(),
            new HeldOutCorpus9(), new HeldOutCorpus10(), new HeldOutCorpus11(), new HeldOutCorpus12(),
            new HeldOutCorpus13(), new HeldOutCorpus14(), new HeldOutCorpus15(), new HeldOutCorpus16(),
            new HeldOutCorpus17(), new HeldOutCorpus18(), new HeldOutCorpus19(), new HeldOutCorpus20(),
            new HeldOutCorpus21(), new HeldOutCorpus22(), new HeldOutCorpus23(), new HeldOutCorpus24(),
            new HeldOutCorpus25(), new HeldOutCorpus26(), new HeldOutCorpus27(), new HeldOutCorpus28(),
            new HeldOutCorpus29(), new HeldOutCorpus30(), new HeldOutCorpus31(), new HeldOutCorpus32(),
            new HeldOutCorpus33(), new HeldOutCorpus34(), new HeldOutCorpus35(), new HeldOutCorpus36(),
            new HeldOutCorpus37(), new HeldOutCorpus38(), new HeldOutCorpus39(), new HeldOutCorpus40(),
            new HeldOutCorpus41(), new HeldOutCorpus42(), new HeldOutCorpus43(), new HeldOutCorpus44(),
            new HeldOutCorpus45(), new HeldOutCorpus46(), new HeldOutCorpus47(), new HeldOutCorpus48(),
            new HeldOutCorpus49(), new HeldOutCorpus50(), new HeldOutCorpus51(), new HeldOutCorpus52(),
            new HeldOutCorpus53(), new HeldOutCorpus54(), new HeldOutCorpus55(), new HeldOutCorpus56(),
            new HeldOutCorpus57(), new HeldOutCorpus58(), new HeldOutCorpus59(), new HeldOutCorpus60(),
            new HeldOutCorpus61(), new HeldOutCorpus62(), new HeldOutCorpus63(), new HeldOutCorpus64(),
            new HeldOutCorpus65(), new HeldOutCorpus66(), new HeldOutCorpus67(), new HeldOutCorpus68(),
            new HeldOutCorpus69(), new HeldOutCorpus70(), new HeldOutCorpus71(), new HeldOutCorpus72(),
            new HeldOutCorpus73(), new HeldOutCorpus74(), new HeldOutCorpus75(), new HeldOutCorpus76(),
            new HeldOutCorpus77(), new HeldOutCorpus78(), new HeldOutCorpus79(), new HeldOutCorpus80(),
            new HeldOutCorpus81(), new HeldOutCorpus82(), new HeldOutCorpus83(), new HeldOutCorpus84(),
            new HeldOutCorpus85(), new HeldOutCorpus86(), new HeldOutCorpus87(), new HeldOutCorpus88(),
            new HeldOutCorpus90(), new HeldOutCorpus91(), new HeldOutCorpus92());
        Set<String> shared = new TreeSet<>(CorpusChecks.FREE_MAIL);
        shared.add(HeldOutCorpus93.OWN);
        CorpusChecks.noFromDomainOf(earlier, shared, all);
        // at least two fraud families no earlier corpus has
        CorpusChecks.newFraudFamilies(fraud, earlier, 2);
        CorpusChecks.fraudTextsAreNew(all, earlier);
        CorpusChecks.legitTextsAreNew(all, earlier);
    }

    /** Its suppliers and invoicing platforms appear in no earlier corpus's configuration. */
    @Test
    void suppliersAndPlatformsAreNew() throws Exception {
        CorpusChecks.suppliersAndPlatformsAreNew(HeldOutCorpus93.DIR, 15);
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        CorpusChecks.everyIbanIsValid(new HeldOutCorpus93().generate(), 15);
    }
}
