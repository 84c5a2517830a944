package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * MimeScan.conflict: a second Content-Transfer-Encoding "that says something else" makes the inspection incomplete and
 * an invoice fails closed (quarantine). But 7bit, 8bit and binary are all the identity encoding (RFC 2045 §6.2): no
 * mail program reads the body differently under one or the other, so there is nothing the clerk could see that the
 * scan did not. Real senders do write such pairs (a web shop or an ESP API adding "8bit" to a part its library already
 * labelled "7bit"). The known supplier's genuine invoice, paying into its usual account, DMARC pass, is quarantined.
 */
class DuplicateContentFieldsTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune"));

    private static InvoiceVerdict inspect(String partHeaders) {
        byte[] mail = ("From: Bogholderi <bogholderi@danfoss.dk>\r\nSubject: Faktura 5521\r\n"
                + "Date: Mon, 3 Mar 2025 09:14:00 +0100\r\nMIME-Version: 1.0\r\n" + partHeaders + "\r\n\r\n"
                + "Faktura 5521. Forfald 31.03.2025. Belob 12.500,00 kr. Betal til Reg.nr. 6695 Kontonr. 2000123456\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    @Test
    void twoIdentityEncodingsAreNoConflict() {
        InvoiceVerdict single = inspect("Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit");
        InvoiceVerdict pair = inspect("Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n"
                + "Content-Transfer-Encoding: 8bit");
        assertThat(single.action()).as(single.summary()).isNotEqualTo(InvoiceAction.QUARANTINE);
        assertThat(pair.action())
                .as("7bit + 8bit read the same in every client; single: %s / pair: %s", single.summary(), pair.summary())
                .isEqualTo(single.action());
    }
}
