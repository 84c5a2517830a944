package org.spoofguard.core.spf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/** In-memory DNS for SPF unit tests: unknown names are NXDOMAIN, known names without the type NODATA. */
final class FakeDns implements DnsResolver {
    private final Map<String, Map<DnsType, DnsAnswer>> data = new HashMap<>();
    final List<String> queries = new ArrayList<>();

    FakeDns add(String name, DnsType type, String... records) {
        data.computeIfAbsent(key(name), k -> new HashMap<>()).put(type, DnsAnswer.ok(Arrays.asList(records)));
        return this;
    }

    FakeDns txt(String name, String... records) {
        return add(name, DnsType.TXT, records);
    }

    FakeDns fail(String name, DnsType type, DnsStatus status) {
        data.computeIfAbsent(key(name), k -> new HashMap<>()).put(type, DnsAnswer.of(status, status.name()));
        return this;
    }

    int count(String name, DnsType type) {
        return (int) queries.stream().filter(q -> q.equals(key(name) + " " + type)).count();
    }

    @Override
    public synchronized DnsAnswer lookup(String name, DnsType type) {
        queries.add(key(name) + " " + type);
        Map<DnsType, DnsAnswer> byType = data.get(key(name));
        if (byType == null) {
            return DnsAnswer.of(DnsStatus.NXDOMAIN, "no such name");
        }
        return byType.getOrDefault(type, DnsAnswer.of(DnsStatus.NODATA, "no records"));
    }

    private static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
