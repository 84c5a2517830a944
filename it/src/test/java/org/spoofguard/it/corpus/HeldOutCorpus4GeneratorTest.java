package org.spoofguard.it.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed fourth held-out corpus is exactly what {@link HeldOutCorpus4} makes, and it is the independent
 * test set it claims to be: a world of its own (no From domain of any earlier corpus but the big free-mail
 * providers), test split only, valid IBANs. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus4GeneratorTest {
    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus4.DIR, HeldOutCorpus4::write, tmp);
    }

    @Test
    void atLeast160MailsInAtLeast18FraudFamiliesAllTestSplitInANewWorld() {
        List<CorpusWorld.Mail> all = CorpusChecks.generated(new HeldOutCorpus4());
        CorpusChecks.heldOutCorpus(all, 160, 18, 35, 50, 50);
        CorpusChecks.noFromDomainOf(CorpusChecks.mailsOf(new InvoiceCorpus(), new HeldOutCorpus(), new HeldOutCorpus2(),
            new HeldOutCorpus3()), CorpusChecks.FREE_MAIL, all);
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        CorpusChecks.everyIbanIsValid(CorpusChecks.generated(new HeldOutCorpus4()), 15);
    }
}
