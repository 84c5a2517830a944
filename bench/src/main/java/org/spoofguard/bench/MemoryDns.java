package org.spoofguard.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/** In-memory resolver for benchmarks: measures our code, not the network. Unknown names are NXDOMAIN. */
final class MemoryDns implements DnsResolver {
    private final Map<String, DnsAnswer> answers = new ConcurrentHashMap<>();

    MemoryDns add(String name, DnsType type, String... records) {
        answers.put(key(name, type), DnsAnswer.ok(List.of(records)));
        return this;
    }

    private static String key(String name, DnsType type) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.endsWith(".") ? n.substring(0, n.length() - 1) : n) + "/" + type;
    }

    @Override
    public DnsAnswer lookup(String name, DnsType type) {
        DnsAnswer a = answers.get(key(name, type));
        return a != null ? a : DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
    }
}
