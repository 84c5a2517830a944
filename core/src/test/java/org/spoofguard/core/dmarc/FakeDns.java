package org.spoofguard.core.dmarc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/** In-memory DNS: unknown names are NXDOMAIN; names with some record but not the asked type are NODATA. */
final class FakeDns implements DnsResolver {
    private final Map<String, DnsAnswer> answers = new HashMap<>();
    final List<String> queries = new ArrayList<>();

    FakeDns txt(String name, String... records) {
        answers.put(key(name, DnsType.TXT), DnsAnswer.ok(List.of(records)));
        return this;
    }

    FakeDns a(String name) {
        answers.put(key(name, DnsType.A), DnsAnswer.ok(List.of("192.0.2.1")));
        return this;
    }

    FakeDns fail(String name, DnsType type, DnsStatus status) {
        answers.put(key(name, type), DnsAnswer.of(status, "fake " + status));
        return this;
    }

    private static String key(String name, DnsType type) {
        return name.toLowerCase(Locale.ROOT) + "/" + type;
    }

    @Override
    public DnsAnswer lookup(String name, DnsType type) {
        queries.add(type + " " + name);
        DnsAnswer a = answers.get(key(name, type));
        if (a != null) {
            return a;
        }
        String prefix = name.toLowerCase(Locale.ROOT) + "/";
        String suffix = "." + name.toLowerCase(Locale.ROOT) + "/";
        for (String k : answers.keySet()) {
            if (k.startsWith(prefix) || k.contains(suffix)) {
                return DnsAnswer.of(DnsStatus.NODATA, "no records"); // name exists (or is an empty non-terminal)
            }
        }
        return DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
    }

    List<String> txtQueries() {
        return queries.stream().filter(q -> q.startsWith("TXT ")).map(q -> q.substring(4)).toList();
    }
}
