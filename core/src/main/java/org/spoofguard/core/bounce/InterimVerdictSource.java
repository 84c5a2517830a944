package org.spoofguard.core.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Stop-gap {@link VerdictSource} until the shared {@code AuthenticationResultsHeader} codec lands. The
 * serialized form is the subset of RFC 8601 Authentication-Results that the bounce guard needs:
 * <pre>authserv-id; spf=pass smtp.mailfrom=user@example.com; dkim=pass header.d=example.com header.s=s1;
 * iprev=pass policy.iprev=192.0.2.1</pre>
 * Comments are ignored; unknown methods and results are skipped; anything unreadable yields empty.
 * When the attribute or header gives no SPF result for the MAIL FROM, SPF counts as {@code none}.
 */
public final class InterimVerdictSource implements VerdictSource {
    private static final int MAX_RESINFO = 64;

    @Override
    public Optional<SenderVerdict> fromAttribute(Object attributeValue) {
        if (!(attributeValue instanceof String)) {
            return Optional.empty();
        }
        return parse((String) attributeValue, null);
    }

    @Override
    public Optional<SenderVerdict> fromHeaders(List<String> authenticationResults, String authservId) {
        if (authenticationResults == null || authservId == null || authservId.isBlank()) {
            return Optional.empty();
        }
        for (String value : authenticationResults.stream().limit(50).toList()) {
            Optional<SenderVerdict> v = parse(value, authservId);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** @param requiredAuthservId null to accept any (our own attribute), else must match case-insensitively */
    static Optional<SenderVerdict> parse(String raw, String requiredAuthservId) {
        try {
            if (raw == null) {
                return Optional.empty();
            }
            String value = HeaderValues.stripComments(raw);
            if (value.regionMatches(true, 0, "Authentication-Results:", 0, 23)) {
                value = value.substring(23).trim();
            }
            List<String> parts = splitSemicolons(value);
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            String[] idAndVersion = parts.get(0).trim().split("\\s+");
            String authservId = unquote(idAndVersion[0]);
            if (authservId.isEmpty()
                || (requiredAuthservId != null && !authservId.equalsIgnoreCase(requiredAuthservId.trim()))) {
                return Optional.empty();
            }
            SpfResult spfMailFrom = null;
            SpfResult spfHelo = null;
            List<DkimResult> dkim = new ArrayList<>();
            String mailFrom = "";
            String helo = "";
            String clientIp = "";
            for (String resinfo : parts.subList(1, Math.min(parts.size(), MAX_RESINFO + 1))) {
                String[] tokens = resinfo.trim().split("\\s+");
                int eq = tokens[0].indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String method = tokens[0].substring(0, eq).toLowerCase(Locale.ROOT);
                int slash = method.indexOf('/');
                if (slash >= 0) {
                    method = method.substring(0, slash);
                }
                String result = tokens[0].substring(eq + 1).toLowerCase(Locale.ROOT);
                String mailfromProp = prop(tokens, "smtp.mailfrom");
                String heloProp = prop(tokens, "smtp.helo");
                switch (method) {
                    case "spf": {
                        Optional<SpfResultCode> code = spfCode(result);
                        if (code.isEmpty()) {
                            break;
                        }
                        if (!mailfromProp.isEmpty() && spfMailFrom == null) {
                            mailFrom = mailfromProp.contains("@") ? mailfromProp : "";
                            String domain = domainOf(mailfromProp);
                            spfMailFrom = new SpfResult(code.get(), SpfResult.MAILFROM, domain,
                                mailfromProp, "from Authentication-Results of " + authservId);
                        } else if (!heloProp.isEmpty() && spfHelo == null) {
                            helo = heloProp;
                            spfHelo = new SpfResult(code.get(), SpfResult.HELO, heloProp,
                                "postmaster@" + heloProp, "from Authentication-Results of " + authservId);
                        }
                        break;
                    }
                    case "dkim": {
                        Optional<DkimResultCode> code = dkimCode(result);
                        if (code.isEmpty() || dkim.size() >= 32) {
                            break;
                        }
                        String d = prop(tokens, "header.d");
                        if (d.isEmpty()) {
                            d = domainOf(prop(tokens, "header.i"));
                        }
                        dkim.add(new DkimResult(code.get(), d.toLowerCase(Locale.ROOT), prop(tokens, "header.s"),
                            prop(tokens, "header.a"), "from Authentication-Results of " + authservId));
                        break;
                    }
                    case "iprev": {
                        String ip = prop(tokens, "policy.iprev");
                        if (!ip.isEmpty()) {
                            clientIp = ip;
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
            if (spfMailFrom == null) {
                spfMailFrom = new SpfResult(SpfResultCode.NONE, SpfResult.MAILFROM, domainOf(mailFrom), mailFrom,
                    "no SPF result for MAIL FROM in Authentication-Results");
            }
            if (spfHelo == null) {
                spfHelo = new SpfResult(SpfResultCode.NONE, SpfResult.HELO, helo, "", "no HELO SPF result");
            }
            DmarcResult dmarc = new DmarcResult(DmarcResultCode.NONE, "", "", DmarcPolicy.NONE, false, false,
                "not read by the bounce guard");
            return Optional.of(new SenderVerdict(clientIp, helo, mailFrom, spfMailFrom, spfHelo, dkim, dmarc));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<SpfResultCode> spfCode(String keyword) {
        for (SpfResultCode c : SpfResultCode.values()) {
            if (c.keyword().equals(keyword)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<DkimResultCode> dkimCode(String keyword) {
        for (DkimResultCode c : DkimResultCode.values()) {
            if (c.keyword().equals(keyword)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String prop(String[] tokens, String name) {
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq > 0 && tokens[i].substring(0, eq).equalsIgnoreCase(name)) {
                return unquote(tokens[i].substring(eq + 1));
            }
        }
        return "";
    }

    private static String domainOf(String identity) {
        int at = identity.lastIndexOf('@');
        return (at < 0 ? identity : identity.substring(at + 1)).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String s) {
        String v = s.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.startsWith("<") && v.endsWith(">") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1);
        }
        return v.trim();
    }

    private static List<String> splitSemicolons(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        parts.removeIf(String::isBlank);
        return parts;
    }
}
