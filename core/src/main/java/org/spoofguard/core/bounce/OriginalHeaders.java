package org.spoofguard.core.bounce;

import java.util.List;

/**
 * The header values of the failed (original) message that bear on whether it may be answered.
 * Each list holds every occurrence of the field (unfolded or not; the policy unfolds).
 */
public record OriginalHeaders(List<String> autoSubmitted, List<String> precedence, List<String> listId) {
    public static final OriginalHeaders NONE = new OriginalHeaders(List.of(), List.of(), List.of());

    public OriginalHeaders {
        autoSubmitted = copy(autoSubmitted);
        precedence = copy(precedence);
        listId = copy(listId);
    }

    private static List<String> copy(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null).limit(50).toList();
    }
}
