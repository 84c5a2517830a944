package org.spoofguard.core.posture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/** A zone in a map: names with records of other types are NODATA, unknown names NXDOMAIN. */
final class MapDns implements DnsResolver {
    private final Map<String, List<String>> records = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> failing = new HashSet<>();
    final List<String> asked = new ArrayList<>();

    MapDns add(String name, DnsType type, String... values) {
        String n = name.toLowerCase(Locale.ROOT);
        records.computeIfAbsent(n + "/" + type, k -> new ArrayList<>()).addAll(List.of(values));
        names.add(n);
        return this;
    }

    MapDns txt(String name, String... values) {
        return add(name, DnsType.TXT, values);
    }

    MapDns timeout(String name) {
        failing.add(name.toLowerCase(Locale.ROOT));
        return this;
    }

    @Override
    public DnsAnswer lookup(String name, DnsType type) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        asked.add(n + "/" + type);
        if (failing.contains(n)) {
            return DnsAnswer.of(DnsStatus.TIMEOUT, "test timeout");
        }
        List<String> r = records.get(n + "/" + type);
        if (r != null) {
            return DnsAnswer.ok(r);
        }
        return names.contains(n) ? DnsAnswer.of(DnsStatus.NODATA, "no records") : DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
    }
}
