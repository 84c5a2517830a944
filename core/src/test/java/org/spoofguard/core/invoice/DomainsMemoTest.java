package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Domains remembers its answers (normalize, ascii, orgDomain: IDNA and public-suffix work asked again for the same
 * names many times per mail): a remembered answer must be the answer computed afresh, for every kind of name the
 * look-alike checks meet, asked in any order and again after the memory was emptied.
 */
class DomainsMemoTest {
    private static final List<String> NAMES = List.of("danfoss.dk", "Faktura.Danfoss.DK.", "mail.kl.dk", "kl.dk",
            "xn--tnder-vua.dk", "tønder.dk", "Faktura.XN--TNDER-VUA.dk.", "xn--zz-fake.dk", "a.b.co.uk", "co.uk", "dk",
            "e-conomic.dk", "billing.e-conomic.com", "localhost", "[192.0.2.1]", "", " ", ".", "..", "a..b.dk",
            "mіcrosoft.com", "xn--mcrosoft-4jg.com", "under_score.example", "blogspot.com", "x.blogspot.com",
            "example", "EXAMPLE.COM", "ex ample.com", "-bad-.dk", "x".repeat(64) + ".dk", "a.".repeat(140) + "dk");

    @Test
    void rememberedAnswersAreTheFreshAnswers() {
        List<String> names = new ArrayList<>(NAMES);
        for (int round = 0; round < 3; round++) {
            for (String n : names) {
                assertThat(Domains.normalize(n)).as("normalize %s", n).isEqualTo(Domains.normalizeOnce(n));
                assertThat(Domains.ascii(n)).as("ascii %s", n).isEqualTo(Domains.asciiOnce(n));
                assertThat(Domains.orgDomain(n)).as("orgDomain %s", n).isEqualTo(Domains.orgDomainOnce(n));
            }
            java.util.Collections.reverse(names);
        }
        assertThat(Domains.normalize(null)).isEqualTo(Domains.normalizeOnce(null));
        assertThat(Domains.orgDomain(null)).isEqualTo(Domains.orgDomainOnce(null));
        assertThat(Domains.ascii(null)).isNull();
    }

    @Test
    void aFullMemoryIsEmptiedNotWrong() {
        for (int i = 0; i < 10_050; i++) {
            String n = "host" + i + ".example.dk";
            assertThat(Domains.orgDomain(n)).isEqualTo("example.dk");
        }
        for (String n : Arrays.asList("danfoss.dk", "xn--tnder-vua.dk", "a.b.co.uk")) {
            assertThat(Domains.orgDomain(n)).isEqualTo(Domains.orgDomainOnce(n));
        }
    }
}
