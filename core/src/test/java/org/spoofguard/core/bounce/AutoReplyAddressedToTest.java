package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 5230 §4.5 / RFC 3834 §2: a vacation answers only mail whose recipient fields name the user. */
class AutoReplyAddressedToTest {
    static final List<String> ALICE = List.of("alice@ours.example");

    @Test
    void theUsersAddressInAnyRecipientFieldCounts() {
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("Alice <Alice@Ours.Example>"), ALICE, a -> false)).isTrue();
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("bob@x.example, team: carol@x.example,\r\n alice@ours.example;"),
            ALICE, a -> false)).isTrue();
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("sales@ours.example"),
            List.of("alice@ours.example", "sales@ours.example"), a -> false)).as(":addresses").isTrue();
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("sales@ours.example"), ALICE,
            a -> a.equals("sales@ours.example"))).as("an alias of the user").isTrue();
    }

    @Test
    void bccdMassMailAndCopiesThatDoNotNameTheUserGetNoReply() {
        for (List<String> fields : List.<List<String>>of(List.of(), List.of("undisclosed-recipients:;"),
                List.of("list@lists.example"), List.of("\"alice@ours.example\" <bob@x.example>"),
                List.of("<<garbage"), List.of("malice@ours.example"))) {
            assertThat(AutoReplyPolicy.isAddressedTo(fields, ALICE, a -> false)).as(fields.toString()).isFalse();
        }
        // a failing alias lookup names nobody; at most MAX_ALIAS_LOOKUPS addresses are looked up
        assertThat(AutoReplyPolicy.isAddressedTo(List.of("x@y.example"), ALICE, a -> {
            throw new IllegalStateException("down");
        })).isFalse();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add("u" + i + "@x.example");
        }
        int[] asked = {0};
        assertThat(AutoReplyPolicy.isAddressedTo(List.of(String.join(", ", many)), ALICE, a -> {
            asked[0]++;
            return false;
        })).isFalse();
        assertThat(asked[0]).isEqualTo(AutoReplyPolicy.MAX_ALIAS_LOOKUPS);
    }
}
