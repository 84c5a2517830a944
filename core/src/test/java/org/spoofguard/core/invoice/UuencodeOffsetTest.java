package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * MimeScan.uuencoded finds the "begin" line with a regex over the decoded String (char offsets) and then opens the
 * block at that offset in {@code raw.getBytes(ISO_8859_1)}. A character outside the BMP (an emoji, a surrogate pair:
 * two chars, one '?' byte) before the begin line shifts the byte array against the char offsets, the decoder (which
 * must see "begin" on its first line) starts mid-text and the uuencoded PDF, which Outlook/Thunderbird show as an
 * attachment, is never opened: the known supplier's new account goes unseen.
 */
class UuencodeOffsetTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune"));
    private static final String ACCOUNT = "Reg.nr. 9570 Kontonr. 0012345678";
    private static final byte[] NEW_ACCOUNT_PDF = TestFiles.pdf(List.of("FAKTURA 5521", "Betales til " + ACCOUNT));

    private static InvoiceVerdict inspect(String body) {
        byte[] mail = ("From: Bogholderi <bogholderi@danfoss.dk>\r\nSubject: Faktura 5521\r\n"
                + "Date: Mon, 3 Mar 2025 09:14:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    @Test
    void baselineWithoutEmojiTheUuencodedPdfIsOpened() {
        InvoiceVerdict v = inspect("Faktura vedh\u00e6ftet.\r\n\r\n"
                + EncodingEvasionTest.uu(NEW_ACCOUNT_PDF, "faktura_5521.pdf") + "\r\nMvh Bogholderiet");
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
    }

    @Test
    void anEmojiBeforeTheBeginLineDoesNotHideTheUuencodedPdf() {
        // four emoji: the byte array is four bytes shorter than the String, "begin" is opened four bytes too late
        InvoiceVerdict v = inspect("Faktura vedh\u00e6ftet \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\r\n\r\n"
                + EncodingEvasionTest.uu(NEW_ACCOUNT_PDF, "faktura_5521.pdf") + "\r\nMvh Bogholderiet");
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW) || v.isError())
                .as("uuencoded PDF hidden by an emoji, verdict: %s", v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }
}
