package org.spoofguard.it.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed second held-out corpus is exactly what {@link HeldOutCorpus2} makes, and it is the independent
 * test set it claims to be: a world of its own (no From domain of either earlier corpus but the big free-mail
 * providers), test split only, valid IBANs. {@code -Dinvoice.corpus.regenerate=true} rewrites the files.
 */
class HeldOutCorpus2GeneratorTest {
    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes(@TempDir Path tmp) throws Exception {
        CorpusChecks.committedIsWhatTheGeneratorMakes(HeldOutCorpus2.DIR, HeldOutCorpus2::write, tmp);
    }

    @Test
    void atLeast100MailsInAtLeast12FraudFamiliesAllTestSplitInANewWorld() {
        List<CorpusWorld.Mail> all = CorpusChecks.generated(new HeldOutCorpus2());
        CorpusChecks.heldOutCorpus(all, 100, 12, 40, 60, 30);
        CorpusChecks.noFromDomainOf(CorpusChecks.mailsOf(new InvoiceCorpus(), new HeldOutCorpus()), CorpusChecks.FREE_MAIL, all);
    }

    /** Every IBAN written anywhere in a mail has its country's length and a valid ISO 13616 check (mod 97 = 1). */
    @Test
    void everyIbanIsValid() {
        CorpusChecks.everyIbanIsValid(CorpusChecks.generated(new HeldOutCorpus2()), 21);
    }
}
