package org.spoofguard.mailets;

import java.util.Map;
import java.util.Set;

/**
 * A mailet whose parameters name processors of mailetcontainer.xml. James cannot tell such a parameter from any
 * other, and a mail sent to a processor that does not exist is moved to {@code error} at run time: a quarantined
 * invoice released by a clerk, or a mail waiting for a full mailbox, would land in the error repository instead of
 * the inbox, long after the typo. The server checks these names once all processors exist and refuses to start.
 */
public interface NamesProcessors {
    /** Parameter name → the processor it names, for the parameters that are set. */
    Map<String, String> namedProcessors();

    /** The parameters that must name the processor the mailet itself is in. */
    default Set<String> ownProcessorParameters() {
        return Set.of();
    }
}
