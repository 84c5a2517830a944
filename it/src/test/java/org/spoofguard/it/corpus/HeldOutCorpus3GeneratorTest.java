package org.spoofguard.it.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed third held-out corpus is exactly what {@link HeldOutCorpus3} makes, and it is the independent
 * test set it claims to be: a world of its own (no From domain of any earlier corpus but the big free-mail
 * providers), test split only, valid IBANs. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus3GeneratorTest {
    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus3.DIR, HeldOutCorpus3::write, tmp);
    }

    @Test
    void atLeast100MailsInAtLeast12FraudFamiliesAllTestSplitInANewWorld() {
        List<CorpusWorld.Mail> all = CorpusChecks.generated(new HeldOutCorpus3());
        CorpusChecks.heldOutCorpus(all, 100, 12, 40, 60, 30);
        CorpusChecks.noFromDomainOf(CorpusChecks.mailsOf(new InvoiceCorpus(), new HeldOutCorpus(), new HeldOutCorpus2()), CorpusChecks.FREE_MAIL, all);
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        CorpusChecks.everyIbanIsValid(CorpusChecks.generated(new HeldOutCorpus3()), 11);
    }
}
