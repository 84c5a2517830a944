package org.spoofguard.smtp;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.spoofguard.core.config.Bilingual;

/**
 * The one check of a {@code <handler>} element's parameters in {@code smtpserver.xml}, for every SpoofGuard hook.
 * Each hook reads its keys with a default, so without this a misspelt element ({@code <dmarcreject>},
 * {@code <spfpolicy>}) or a second copy of one (an admin adds {@code <calloutTotalTimeout>} below the existing one;
 * commons-configuration keeps both and {@code getString} takes the first) starts James with a value the admin did
 * not write: DMARC p=reject spoofs accepted while the file says they are refused. Both stop the start naming the key.
 */
public final class HandlerParameters {
    private HandlerParameters() {
    }

    /** {@link #requireKnown(String, Configuration, Set, Set)} with no key that may repeat. */
    public static void requireKnown(String hook, Configuration c, Set<String> keys) throws ConfigurationException {
        requireKnown(hook, c, keys, Set.of());
    }

    /**
     * Refuses a key not in {@code keys} or {@code repeatable}, and a key of {@code keys} given more than once.
     * Attributes of {@code <handler>} itself ({@code [@class]}) belong to James and are skipped.
     *
     * @param hook the hook's simple name, first word of the message
     */
    public static void requireKnown(String hook, Configuration c, Set<String> keys, Set<String> repeatable)
        throws ConfigurationException {
        for (Iterator<String> it = c.getKeys(); it.hasNext(); ) {
            String key = it.next();
            if (key.startsWith("[@") || repeatable.contains(key)) {
                continue;
            }
            if (!keys.contains(key)) {
                String names = String.join(", ", sorted(keys, repeatable));
                throw new ConfigurationException(Bilingual.of(
                    hook + ": unknown configuration key '" + key + "' (known: " + names + ")",
                    hook + ": ukendt konfigurationsnøgle '" + key + "' (kendte: " + names + ")"));
            }
            int times = c.getList(key).size();
            if (times > 1) {
                throw new ConfigurationException(Bilingual.of(
                    hook + ": configuration key '" + key + "' given " + times + " times; give it once",
                    hook + ": konfigurationsnøglen '" + key + "' er angivet " + times + " gange; angiv den én gang"));
            }
        }
    }

    private static Set<String> sorted(Set<String> keys, Set<String> repeatable) {
        Set<String> all = new TreeSet<>(keys);
        all.addAll(repeatable);
        return all;
    }
}
