package org.spoofguard.server;

import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.spoofguard.core.config.Bilingual;

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
        String digits = text.trim();
        // ASCII digits only: Integer.parseInt also takes "+4" and other scripts' digits ("٤", "４"), which no
        // admin writes on purpose and another reader of the file would not read as a number
        if (digits.matches("[0-9]{1,10}")) {
            long value = Long.parseLong(digits);
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        String name = file + " <" + key + ">: ";
        throw new ConfigurationException(max == Integer.MAX_VALUE
            ? Bilingual.of(name + "must be a whole number of at least " + min + ", was '" + text + "'",
                name + "skal være et helt tal på mindst " + min + ", ikke '" + text + "'")
            : Bilingual.of(name + "must be a whole number from " + min + " to " + max + ", was '" + text + "'",
                name + "skal være et helt tal fra " + min + " til " + max + ", ikke '" + text + "'"));
    }
}
