package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Review of the To/Cc rule: spellings of the user's own address, and hostile field values. */
class AutoReplyAddressedToReviewTest {

    /** One domain, two spellings (RFC 5890 §2.3.2.1); SpoofGuard compares domains as A-labels (DomainName). */
    @Test
    void theUsersDomainAsAULabelOrAnALabelNamesTheUser() {
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("alice@tønder.dk"), List.of("alice@xn--tnder-vua.dk"),
            a -> false)).isTrue();
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("alice@xn--tnder-vua.dk"), List.of("alice@tønder.dk"),
            a -> false)).isTrue();
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("alice@ours.example."), List.of("alice@ours.example"),
            a -> false)).as("a root dot").isTrue();
        assertThat(AutoReplyPolicy.isOwnMail("<Alice@tønder.dk>", List.of("alice@xn--tnder-vua.dk")))
            .as("RFC 5230 §4.5: the user's own mail, SMTPUTF8 return path").isTrue();
    }

    @Test
    void deeplyNestedCommentsNameNobodyAndDoNotThrow() {
        String deep = "(".repeat(60_000) + "alice@ours.example" + ")".repeat(60_000);
        assertThat(AutoReplyPolicy.isAddressedTo(List.of(deep.substring(0, 60_000), "a:".repeat(30_000)),
            List.of("alice@ours.example"), a -> false)).isFalse();
    }

    /** mime4j cuts each char of a String to its low 8 bits: "alicе" with a Cyrillic е (U+0435) read as "alic5". */
    @Test
    void aCharBeyondLatin1IsNotReadAsAnotherLetter() {
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("alic\u0435@ours.example"), List.of("alic5@ours.example"),
            a -> false)).isFalse();
    }
}
