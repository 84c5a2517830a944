package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RepliesTest {
    @Test
    void quotedLinesAreTheQuotedMail() {
        Replies.Split s = Replies.split("Det er ikke os.\n\n> Betal til IBAN DK95 2000 0123 4567 89\n>> ældre\nMvh Jens");
        assertThat(s.author()).contains("Det er ikke os.").contains("Mvh Jens").doesNotContain("DK95");
        assertThat(s.quoted()).contains("DK95").contains("ældre");
    }

    @Test
    void everythingAfterASeparatorAHeaderBlockOrAnAttributionIsQuoted() {
        for (String marker : new String[] {"-----Oprindelig meddelelse-----", "-----Original Message-----",
                "---------- Forwarded message ---------", "Fra: Lise Madsen <lima@balk.dk>\nSendt: 3. marts 2025 08:12",
                "From: Lise Madsen\nSent: Monday, March 3, 2025 8:12 AM",
                "Den 3. mar. 2025 kl. 08.12 skrev Lise Madsen <lima@balk.dk>:",
                "On Mon, 3 Mar 2025 at 08:12, Lise Madsen <lima@balk.dk> wrote:"}) {
            Replies.Split s = Replies.split("Nej, samme konto som altid.\n\n" + marker + "\n\nNy konto: DK95 2000 0123 4567 89");
            assertThat(s.author()).as(marker).contains("samme konto").doesNotContain("DK95");
            assertThat(s.quoted()).as(marker).contains("DK95");
        }
    }

    @Test
    void aSignaturesLabelOrAnOrdinaryColonIsNoQuote() {
        for (String text : new String[] {"Betal til DK95 2000 0123 4567 89.\n\nFra: Jens Hansen\nVVS Hansen ApS",
                "Som jeg skrev:\nbetal til DK95 2000 0123 4567 89", "Faktura 12 på 400 kr.\nBetal til DK95 2000 0123 4567 89"}) {
            Replies.Split s = Replies.split(text);
            assertThat(s.quotes()).as(text).isFalse();
            assertThat(s.author()).isEqualTo(text);
        }
    }

    @Test
    void aMegabyteOfQuoteMarksIsReadInOnePass() {
        String hostile = ">".repeat(1_000_000) + "\n" + "skrev:\n".repeat(100_000) + "x".repeat(1_000_000);
        Replies.Split s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Replies.split(hostile));
        assertThat(s.author().length() + s.quoted().length()).isEqualTo(hostile.length());
    }
}
