package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * RFC 5230 §4.5: a vacation never answers mail whose envelope sender is the user's own address. With BATV our users'
 * mail leaves as prvs=KDDDSSSSSS=alice@ours (BatvSign), so alice's own mail that comes back to her (a partner's group
 * alias with her in it, an external forward without SRS) carries her tagged address, which was not recognised as hers:
 * her out-of-office answered her own mail, and the tag, still valid, delivered the answer to her.
 */
class AutoReplyOwnTaggedMailTest {
    @Test
    void herOwnTaggedReturnPathIsHerOwnMail() {
        assertThat(AutoReplyPolicy.isOwnMail("<prvs=1234abcdef=alice@ours.example>", List.of("alice@ours.example")))
            .isTrue();
        assertThat(AutoReplyPolicy.isOwnMail("PRVS=1234ABCDEF=Alice@Ours.example", List.of("alice@ours.example")))
            .isTrue();
        // someone else's tag stays someone else's
        assertThat(AutoReplyPolicy.isOwnMail("prvs=1234abcdef=bob@ours.example", List.of("alice@ours.example")))
            .isFalse();
        assertThat(AutoReplyPolicy.isOwnMail("prvs=1234abcdef=alice@other.example", List.of("alice@ours.example")))
            .isFalse();
    }
}
