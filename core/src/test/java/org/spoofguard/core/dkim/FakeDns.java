package org.spoofguard.core.dkim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;

/** In-memory TXT resolver for unit tests; unknown names are NXDOMAIN. Counts queries. */
final class FakeDns implements DnsResolver {
    private final Map<String, DnsAnswer> answers = new ConcurrentHashMap<>();
    final List<String> queries = new ArrayList<>();

    FakeDns txt(String name, String... records) {
        answers.put(name, DnsAnswer.ok(List.of(records)));
        return this;
    }

    FakeDns status(String name, DnsStatus status, String detail) {
        answers.put(name, DnsAnswer.of(status, detail));
        return this;
    }

    /** Loads "name TXT-value" lines as written by generate_fixtures.py. */
    FakeDns load(String resource) {
        for (String line : DkimTestSupport.resourceText(resource).split("\n")) {
            if (!line.isBlank()) {
                int space = line.indexOf(' ');
                txt(line.substring(0, space), line.substring(space + 1));
            }
        }
        return this;
    }

    @Override
    public synchronized DnsAnswer lookup(String name, DnsType type) {
        queries.add(name);
        if (type != DnsType.TXT) {
            return DnsAnswer.of(DnsStatus.NODATA, "no records");
        }
        return answers.getOrDefault(name, DnsAnswer.of(DnsStatus.NXDOMAIN, "no such name"));
    }
}
