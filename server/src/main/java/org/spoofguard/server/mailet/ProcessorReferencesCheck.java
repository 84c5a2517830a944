package org.spoofguard.server.mailet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.mailetcontainer.impl.MatcherMailetPair;
import org.apache.james.modules.server.MailetContainerModule.ProcessorsCheck;
import org.apache.mailet.Mailet;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.mailets.NamesProcessors;

import com.google.common.collect.Multimap;

/**
 * Every processor name in mailetcontainer.xml names a processor that exists. James 3.8.1 checks none of them: a mail
 * sent to a missing processor is moved to {@code error} at run time ({@code AbstractStateCompositeProcessor}), so a
 * typo in {@code <processor>local-delivery</processor>} would put every local mail into the error repository, and
 * one in a release processor would do so to each invoice a clerk releases. The server refuses to start instead,
 * naming the processor, the mailet and the parameter.
 *
 * <p>Checked: our mailets' parameters ({@link NamesProcessors}); James's {@code ToProcessor} and {@code Requeue}
 * {@code processor}, {@code RemoteDelivery}'s {@code bounceProcessor}, {@code RecipientRewriteTable}'s
 * {@code errorProcessor}; and every mailet's {@code onMailetException} and matcher's {@code onMatchException} that is
 * not one of James's keywords (James lower-cases those values before using them as a processor name).
 */
public final class ProcessorReferencesCheck implements ProcessorsCheck {
    /** James's own mailets whose parameter names a processor. */
    private static final Map<String, String> JAMES_PARAMETERS = Map.of(
        "org.apache.james.transport.mailets.ToProcessor", "processor",
        "org.apache.james.transport.mailets.Requeue", "processor",
        "org.apache.james.transport.mailets.RemoteDelivery", "bounceProcessor",
        "org.apache.james.transport.mailets.RecipientRewriteTable", "errorProcessor");
    /** ProcessorImpl: anything else is the processor to move the mail to. */
    private static final Set<String> MAILET_EXCEPTION_KEYWORDS = Set.of("ignore", "propagate");
    /** MatcherSplitter: anything else is the processor to move the mail to. */
    private static final Set<String> MATCH_EXCEPTION_KEYWORDS = Set.of("nomatch", "matchall", "propagate");

    @Override
    public void check(Multimap<String, MatcherMailetPair> processors) throws ConfigurationException {
        Set<String> states = new TreeSet<>(processors.keySet());
        List<String> english = new ArrayList<>();
        List<String> danish = new ArrayList<>();
        processors.forEach((state, pair) -> {
            Mailet mailet = pair.getMailet();
            String where = "processor '" + state + "', mailet " + name(mailet);
            references(pair).forEach((parameter, target) -> {
                if (!states.contains(target)) {
                    english.add(where + ": " + parameter + " names processor '" + target + "', which does not exist");
                    danish.add(where + ": " + parameter + " nævner processoren '" + target + "', som ikke findes");
                }
            });
            if (mailet instanceof NamesProcessors named) {
                for (String parameter : named.ownProcessorParameters()) {
                    String target = named.namedProcessors().get(parameter);
                    if (target != null && states.contains(target) && !target.equals(state)) {
                        english.add(where + ": " + parameter + " must name the processor it is in ('" + state
                            + "'), not '" + target + "'");
                        danish.add(where + ": " + parameter + " skal nævne processoren, den står i ('" + state
                            + "'), ikke '" + target + "'");
                    }
                }
            }
        });
        if (!english.isEmpty()) {
            throw new ConfigurationException(Bilingual.of(
                "mailetcontainer.xml: " + String.join("; ", english) + " (processors: " + String.join(", ", states) + ")",
                "mailetcontainer.xml: " + String.join("; ", danish) + " (processorer: " + String.join(", ", states) + ")"));
        }
    }

    /** Parameter → the processor it names, for one matcher/mailet pair. */
    static Map<String, String> references(MatcherMailetPair pair) {
        Mailet mailet = pair.getMailet();
        Map<String, String> out = new LinkedHashMap<>();
        if (mailet instanceof NamesProcessors named) {
            out.putAll(named.namedProcessors());
        }
        Optional.ofNullable(JAMES_PARAMETERS.get(mailet.getClass().getName()))
            .ifPresent(parameter -> parameter(mailet, parameter).ifPresent(target -> out.put(parameter, target)));
        parameter(mailet, "onMailetException").map(v -> v.toLowerCase(Locale.US))
            .filter(v -> !MAILET_EXCEPTION_KEYWORDS.contains(v))
            .ifPresent(target -> out.put("onMailetException", target));
        Optional.ofNullable(pair.getOnMatchException()).map(v -> v.trim().toLowerCase(Locale.US))
            .filter(v -> !v.isEmpty() && !MATCH_EXCEPTION_KEYWORDS.contains(v))
            .ifPresent(target -> out.put("onMatchException", target));
        return out;
    }

    private static Optional<String> parameter(Mailet mailet, String name) {
        return Optional.ofNullable(mailet.getMailetConfig()).map(c -> c.getInitParameter(name))
            .map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String name(Mailet mailet) {
        String configured = Optional.ofNullable(mailet.getMailetConfig()).map(c -> c.getMailetName()).orElse(null);
        return configured != null ? configured : mailet.getClass().getSimpleName();
    }
}
