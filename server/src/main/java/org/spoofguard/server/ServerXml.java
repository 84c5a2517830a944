package org.spoofguard.server;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.spoofguard.core.config.WholeNumbers;

/** SpoofGuard's own keys in James's protocol server files ({@code smtpserver.xml}, {@code imapserver.xml}). */
public final class ServerXml {
    private ServerXml() {
    }

    /**
     * A whole-number key from {@code min} to {@code max}, {@code fallback} when absent. Anything else stops the start
     * naming the file and the key, in English and Danish: a limit silently replaced by a default is a limit the admin
     * believes in and does not have.
     */
    public static int wholeNumber(HierarchicalConfiguration<ImmutableNode> configuration, String file, String key,
                                  int fallback, int min, int max) throws ConfigurationException {
        String text = configuration.getString(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            // the project's one whole-number rule (ASCII digits only), as every other configuration parser
            return WholeNumbers.parse(file + " <" + key + ">", text, min, max);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }
}
