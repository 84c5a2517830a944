package org.spoofguard.james;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.mail.MessagingException;

import org.apache.mailet.MailetConfig;
import org.spoofguard.core.config.Bilingual;

/**
 * The one place that knows which {@code <mailet>} child elements belong to James's mailet container rather
 * than to the mailet. Every SpoofGuard mailet that refuses unknown parameter names (a typo must stop James at
 * start-up, not silently fall back to a default) must let these through, or an admin who adds James's own
 * error handling, e.g. {@code <onMailetException>ignore</onMailetException>}, cannot start the server.
 *
 * <p>James 3.8.1 copies the whole {@code <mailet>} element into the mailet's config
 * ({@code MailetConfigImpl.setConfiguration}); XML attributes ({@code match}, {@code notmatch}, {@code class})
 * are stripped from the parameter names, child elements are not. Of those, the container itself reads:
 * <ul>
 *   <li>{@code onMailetException} ({@code ProcessorImpl}, and the undefined-processor start-up check of
 *       {@code AbstractStateCompositeProcessor}; {@code LocalDelivery} too);</li>
 *   <li>{@code onMatchException} ({@code MatcherMailetPair} / {@code MatcherSplitter}: what a matcher
 *       exception does; a matcher has no parameters of its own, it is configured on its mailet element);</li>
 *   <li>{@code onMatcherException} (only the start-up check of {@code AbstractStateCompositeProcessor} reads
 *       this spelling, as a processor name; RemoteDelivery's documentation uses it).</li>
 * </ul>
 * {@code GenericMailet.checkInitParameters} of James 3.8.1 lets only the first two through; we also accept
 * the third because James itself reads it. Names such as {@code pipelining}, {@code containerDebug} or
 * {@code ignoreDefaultParameters} do not exist in James 3.8.1 and stay unknown.
 */
public final class MailetParameters {
    /** Parameter names owned by James's mailet container, allowed on every SpoofGuard mailet. */
    public static final Set<String> JAMES_STANDARD = Set.of("onMailetException", "onMatchException",
        "onMatcherException");

    private MailetParameters() {
    }

    /** True for a name James's container reads itself. */
    public static boolean isJamesStandard(String name) {
        return JAMES_STANDARD.contains(name);
    }

    /** The mailet's own parameters (name → value) in configuration order, without James's standard ones. */
    public static Map<String, String> own(MailetConfig config) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<String> it = config.getInitParameterNames(); it.hasNext(); ) {
            String name = it.next();
            if (!isJamesStandard(name)) {
                params.put(name, config.getInitParameter(name));
            }
        }
        return params;
    }

    /**
     * Refuses any parameter that is neither in {@code known} nor one of James's standard names.
     *
     * @throws MessagingException naming the mailet, the unknown parameter and the known ones
     */
    public static void requireKnown(MailetConfig config, Set<String> known) throws MessagingException {
        for (String name : own(config).keySet()) {
            if (!known.contains(name)) {
                Set<String> listed = new TreeSet<>(known);
                listed.addAll(JAMES_STANDARD);
                String mailet = config.getMailetName();
                String names = String.join(", ", listed);
                throw new MessagingException(Bilingual.of(
                    mailet + ": unknown parameter '" + name + "' (known: " + names + ")",
                    mailet + ": ukendt parameter '" + name + "' (kendte: " + names + ")"));
            }
        }
    }

    /**
     * Refuses any condition of a matcher that takes none ({@code Matcher=anything}): James passes whatever follows
     * '=' and such a matcher would silently ignore it, matching on a wider rule than the admin wrote.
     *
     * @throws MessagingException naming the matcher and the condition
     */
    public static void requireNoCondition(String matcherName, String condition) throws MessagingException {
        if (condition != null && !condition.isBlank()) {
            throw new MessagingException(Bilingual.of(
                matcherName + ": takes no condition, got '" + condition + "'",
                matcherName + ": kan ikke have en betingelse, men har '" + condition + "'"));
        }
    }

    /**
     * Refuses a matcher condition key ({@code Matcher=key=value,...}) that is not in {@code known}. A matcher has
     * no James-standard keys of its own ({@code onMatchException} is read from the mailet element), so the
     * message lists only the matcher's keys.
     *
     * @param hint appended to the message (why a familiar-looking key is not there), or ""
     * @param hintDanish the same hint in Danish (both or neither)
     * @throws MessagingException naming the matcher, the unknown key and the known ones
     */
    public static void requireKnownCondition(String matcherName, Map<String, String> condition, Set<String> known,
                                             String hint, String hintDanish) throws MessagingException {
        for (String name : condition.keySet()) {
            if (!known.contains(name)) {
                String names = String.join(", ", new TreeSet<>(known));
                throw new MessagingException(Bilingual.of(
                    matcherName + ": unknown parameter '" + name + "' (known: " + names + ")"
                        + (hint == null || hint.isEmpty() ? "" : "; " + hint),
                    matcherName + ": ukendt parameter '" + name + "' (kendte: " + names + ")"
                        + (hintDanish == null || hintDanish.isEmpty() ? "" : "; " + hintDanish)));
            }
        }
    }
}
