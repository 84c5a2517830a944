package org.spoofguard.core.invoice;

import java.util.Objects;

/**
 * One observation about a mail, before weighting: a stable name (see {@link SignalNames}) and the
 * evidence that triggered it, in words an admin can check against the mail.
 */
public record Signal(String name, String evidence) {
    public Signal {
        Objects.requireNonNull(name, "name");
        evidence = evidence == null ? "" : evidence;
    }
}
