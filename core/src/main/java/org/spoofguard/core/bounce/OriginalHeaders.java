package org.spoofguard.core.bounce;

import java.util.ArrayList;
import java.util.List;

/**
 * The header values of the failed (original) message that bear on whether it may be answered.
 * Each list holds every occurrence of the field (unfolded or not; the policy unfolds). {@code contentType} is the
 * message's top-level Content-Type: a {@code multipart/report} (DSN, MDN) is a machine's report, never answered by
 * an auto-responder ({@link AutoReplyPolicy}). {@code listFields} holds the RFC 2369 list fields other than
 * List-Id, as {@code "Name: value"}, and {@code autoResponseSuppress} Microsoft's X-Auto-Response-Suppress: both are
 * read by the auto-reply guard only (DSN decisions, {@link BouncePolicy}, do not look at them).
 */
public record OriginalHeaders(List<String> autoSubmitted, List<String> precedence, List<String> listId,
                              List<String> contentType, List<String> listFields, List<String> autoResponseSuppress) {
    public static final OriginalHeaders NONE = new OriginalHeaders(List.of(), List.of(), List.of(), List.of());
    /** RFC 2369's list fields (List-Id is RFC 2919's, kept apart for the DSN rule that reads it). */
    public static final List<String> LIST_FIELDS = List.of("List-Help", "List-Subscribe", "List-Unsubscribe",
        "List-Post", "List-Owner", "List-Archive");
    /** Fields of each name kept; a caller reading the message hands over one more, so that more is known. */
    public static final int MAX_FIELDS = 50;

    public OriginalHeaders {
        // More fields of a name than anyone writes: the answer must not depend on which of them were read (fifty
        // "Auto-Submitted: no" hid the fifty-first "auto-replied"), so the overflow itself counts as automatic mail.
        autoSubmitted = copy(autoSubmitted, "auto-generated (more than " + MAX_FIELDS + " Auto-Submitted fields)");
        precedence = copy(precedence, "bulk (more than " + MAX_FIELDS + " Precedence fields)");
        listId = copy(listId, "(more than " + MAX_FIELDS + " List-Id fields)");
        contentType = copy(contentType, "multipart/report (more than " + MAX_FIELDS + " Content-Type fields)");
        listFields = copy(listFields, "List-Post: (more than " + MAX_FIELDS + " list fields)");
        autoResponseSuppress = copy(autoResponseSuppress, "All (more than " + MAX_FIELDS
            + " X-Auto-Response-Suppress fields)");
    }

    /** Without the fields only the auto-reply guard reads. */
    public OriginalHeaders(List<String> autoSubmitted, List<String> precedence, List<String> listId,
                           List<String> contentType) {
        this(autoSubmitted, precedence, listId, contentType, List.of(), List.of());
    }

    /** Without the Content-Type (callers that judge only DSNs, which do not look at it). */
    public OriginalHeaders(List<String> autoSubmitted, List<String> precedence, List<String> listId) {
        this(autoSubmitted, precedence, listId, List.of());
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
