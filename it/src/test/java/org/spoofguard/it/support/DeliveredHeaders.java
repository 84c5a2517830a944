package org.spoofguard.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;

/** Reading a delivered mail's header section as the end-to-end tests check it: field values and our verdict. */
public final class DeliveredHeaders {
    private DeliveredHeaders() {
    }

    /** The header section with every folded field on one line (RFC 5322 §2.2.3: CRLF before white space is folding). */
    public static String unfold(String headers) {
        return headers.replaceAll("\r?\n[ \t]+", " ");
    }

    /** The values of every {@code name} field (case-insensitive), trimmed, top to bottom; {@code headers} unfolded. */
    public static List<String> values(String headers, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \t]*(.*)$").matcher(headers);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    /**
     * The sender verdict of our one Authentication-Results field ({@code authservId}): exactly one must
     * be left: the server removes any that a sender forged with our id (RFC 8601 §5).
     */
    public static SenderVerdict ourVerdict(String headers, String authservId) {
        List<String> ours = values(headers, "Authentication-Results").stream()
            .filter(v -> AuthenticationResultsHeader.isOurs(v, authservId)).toList();
        assertThat(ours).as("exactly one Authentication-Results of ours in\n" + headers).hasSize(1);
        return AuthenticationResultsHeader.parse(ours.get(0), authservId).orElseThrow(
            () -> new AssertionError("unparseable: " + ours.get(0)));
    }
}
