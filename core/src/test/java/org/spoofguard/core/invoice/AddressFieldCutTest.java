package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * MimeScan cuts an address field where DMARC stops parsing, so that both read the same characters. DMARC's limit
 * ({@link AuthorDomain#MAX_FROM_LENGTH}) counts characters; a cut in bytes takes a field of two-byte characters
 * ("æ" in a Danish display name) at half its length, and there the address may end early.
 */
class AddressFieldCutTest {

    /** mime4j gives MimeScan a header's bytes as ISO-8859-1 characters. */
    private static String asMime4jGivesIt(String field) {
        return new String(field.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFieldOfTwoByteCharactersIsReadWholeAsDmarcReadsIt() {
        // 16385 bytes end right after "danfoss.dk"; the field is 8,236 characters, which DMARC parses whole
        String field = "\"" + "æ".repeat(8183) + "\" <fakt@danfoss.dk.nordic-pay.example>";
        assertThat(field.length()).isLessThan(AuthorDomain.MAX_FROM_LENGTH);
        assertThat(AuthorDomain.extract(List.of(field)).domains()).containsExactly("danfoss.dk.nordic-pay.example");

        Addresses read = Addresses.parseFirst(MimeScan.addressField(asMime4jGivesIt(field)));

        assertThat(read.domain()).as("what a reply goes to, as a mail program and DMARC read it")
            .isEqualTo("danfoss.dk.nordic-pay.example");
    }
}
