package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.bounce.AutoReplyPolicyTest.PASS;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** RFC 2369 list fields besides List-Id, and Microsoft's X-Auto-Response-Suppress: auto-replies only, never DSNs. */
class AutoReplyListFieldsTest {

    private static OriginalHeaders headers(List<String> listFields, List<String> suppress) {
        return new OriginalHeaders(List.of(), List.of(), List.of(), List.of(), listFields, suppress);
    }

    private static BounceDecision reply(OriginalHeaders h) {
        return AutoReplyPolicy.decide(Optional.of(PASS), "a@example.com", h, VerdictReevaluator.NONE, "");
    }

    @Test
    void anyRfc2369ListFieldIsListMailEvenFromAProvenSender() {
        BounceDecision d = reply(headers(List.of("List-Unsubscribe: <mailto:leave@example.com>"), List.of()));
        assertThat(d.code()).isEqualTo("list-header");
        assertThat(d.text()).contains("List-Unsubscribe");
        // our own authenticated user's list mail too
        assertThat(AutoReplyPolicy.decide(Optional.empty(), "bob@ours.example",
            headers(List.of("List-Post: NO"), List.of()), VerdictReevaluator.NONE, "bob").isSend()).isFalse();
        // a DSN is no auto-reply: the DSN rule reads List-Id only, as before
        assertThat(BouncePolicy.decide(Optional.of(PASS), "a@example.com",
            headers(List.of("List-Help: <mailto:h@example.com>"), List.of("All")), BouncePolicyConfig.DEFAULT)
            .code()).isEqualTo("proven:spf=pass");
    }

    @Test
    void xAutoResponseSuppressOofAutoReplyAndAllAreHonoured() {
        for (String value : List.of("OOF", "all", "DR, NDR, RN, NRN, OOF, AutoReply", " AutoReply (rules) ",
                "DR,OOF")) {
            assertThat(reply(headers(List.of(), List.of(value))).code()).as(value).isEqualTo("auto-response-suppress");
        }
        for (String value : List.of("DR", "NDR, RN, NRN", "", "none", "OOFX", "allx")) {
            assertThat(reply(headers(List.of(), List.of(value))).isSend()).as("[" + value + "]").isTrue();
        }
        // more fields than are read: the overflow counts as "All"
        List<String> many = new java.util.ArrayList<>(Collections.nCopies(OriginalHeaders.MAX_FIELDS, "DR"));
        many.add("DR");
        assertThat(reply(headers(List.of(), many)).code()).isEqualTo("auto-response-suppress");
    }
}
