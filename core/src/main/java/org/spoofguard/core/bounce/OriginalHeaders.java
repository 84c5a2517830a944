package org.spoofguard.core.bounce;

import java.util.ArrayList;
import java.util.List;

/**
 * The header values of the failed (original) message that bear on whether it may be answered.
 * Each list holds every occurrence of the field (unfolded or not; the policy unfolds).
 */
public record OriginalHeaders(List<String> autoSubmitted, List<String> precedence, List<String> listId) {
    public static final OriginalHeaders NONE = new OriginalHeaders(List.of(), List.of(), List.of());
    /** Fields of each name kept; a caller reading the message hands over one more, so that more is known. */
    public static final int MAX_FIELDS = 50;

    public OriginalHeaders {
        // More fields of a name than anyone writes: the answer must not depend on which of them were read (fifty
        // "Auto-Submitted: no" hid the fifty-first "auto-replied"), so the overflow itself counts as automatic mail.
        autoSubmitted = copy(autoSubmitted, "auto-generated (more than " + MAX_FIELDS + " Auto-Submitted fields)");
        precedence = copy(precedence, "bulk (more than " + MAX_FIELDS + " Precedence fields)");
        listId = copy(listId, "(more than " + MAX_FIELDS + " List-Id fields)");
    }

    private static List<String> copy(List<String> values, String overflow) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = values.stream().filter(v -> v != null).limit(MAX_FIELDS + 1L).toList();
        if (kept.size() <= MAX_FIELDS) {
            return kept;
        }
        List<String> out = new ArrayList<>(kept.subList(0, MAX_FIELDS));
        out.add(overflow);
        return List.copyOf(out);
    }
}
