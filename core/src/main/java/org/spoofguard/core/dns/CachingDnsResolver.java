package org.spoofguard.core.dns;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link DnsResolver}: dnsjava {@link SimpleResolver}s (UDP, TCP retry when the
 * answer is truncated) with our own bounded, TTL-honouring cache.
 *
 * <p>Deliberately not dnsjava's {@code Lookup}: its default cache and resolver are JVM-global and
 * shared with James's own DNS service, so a poisoned or stale entry there, or a test resolver set
 * there, would leak across components. Our cache is per instance.</p>
 *
 * <p>Caching follows RFC 2308: NXDOMAIN/NODATA are cached for min(SOA TTL, SOA MINIMUM) from the
 * authority section, falling back to {@link ResolverConfig#negativeTtl()}. TIMEOUT and SERVFAIL are
 * never cached: they say nothing about the DNS, and caching them would turn a transient network
 * blip into minutes of temperrors.</p>
 */
public final class CachingDnsResolver implements DnsResolver {
    private static final Logger LOG = LoggerFactory.getLogger(CachingDnsResolver.class);
    /** A longer chain is either a loop or abuse; recursive resolvers stop around 8-16 too. */
    private static final int MAX_CNAME_HOPS = 8;

    /** Counters for metrics. */
    public record Stats(long queriesSent, long cacheHits, long cacheMisses, long timeouts, long failures, int cacheSize) {
    }

    private record Key(String name, DnsType type) {
    }

    private record Entry(DnsAnswer answer, long expiresAtMillis) {
    }

    private final ResolverConfig config;
    private final Clock clock;
    private final List<InetSocketAddress> servers;
    private final List<SimpleResolver> resolvers;
    private final LinkedHashMap<Key, Entry> cache;
    private final AtomicLong queriesSent = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong cacheMisses = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    public CachingDnsResolver(ResolverConfig config) {
        this(config, Clock.systemUTC());
    }

    public CachingDnsResolver(ResolverConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.servers = config.servers().isEmpty() ? systemServers() : config.servers();
        List<SimpleResolver> list = new ArrayList<>();
        for (InetSocketAddress server : servers) {
            SimpleResolver r = new SimpleResolver(server);
            r.setTimeout(config.timeout());
            list.add(r);
        }
        this.resolvers = List.copyOf(list);
        int max = config.cacheMaxEntries();
        this.cache = new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > max;
            }
        };
    }

    /** dnsjava reads /etc/resolv.conf (and the platform's equivalents); 127.0.0.1 if it finds nothing. */
    private static List<InetSocketAddress> systemServers() {
        try {
            List<InetSocketAddress> found = org.xbill.DNS.ResolverConfig.getCurrentConfig().servers();
            if (found != null && !found.isEmpty()) {
                return List.copyOf(found);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the system resolver configuration: {}", e.toString());
        }
        return List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
    }

    public List<InetSocketAddress> servers() {
        return servers;
    }

    public ResolverConfig config() {
        return config;
    }

    public Stats stats() {
        synchronized (cache) {
            return new Stats(queriesSent.get(), cacheHits.get(), cacheMisses.get(), timeouts.get(), failures.get(), cache.size());
        }
    }

    public void clearCache() {
        synchronized (cache) {
            cache.clear();
        }
    }

    @Override
    public DnsAnswer lookup(String name, DnsType type) {
        try {
            if (name == null || type == null) {
                return DnsAnswer.of(DnsStatus.SERVFAIL, "no name or type given");
            }
            String key = normalise(name);
            Name qname;
            try {
                qname = Name.fromString(key.isEmpty() ? "." : key + ".");
            } catch (TextParseException e) {
                // Cannot exist in the DNS (label > 63 octets, name > 255, empty label): nothing to ask.
                return DnsAnswer.of(DnsStatus.NXDOMAIN, "invalid domain name '" + name + "': " + e.getMessage());
            }
            Key k = new Key(key, type);
            long now = clock.millis();
            synchronized (cache) {
                Entry e = cache.get(k);
                if (e != null) {
                    if (e.expiresAtMillis() > now) {
                        cacheHits.incrementAndGet();
                        return e.answer();
                    }
                    cache.remove(k);
                }
            }
            cacheMisses.incrementAndGet();
            Result result = resolve(qname, type);
            long ttl = result.ttlSeconds();
            if (result.answer().status().isDefinite() && ttl > 0 && config.cacheMaxEntries() > 0) {
                synchronized (cache) {
                    cache.put(k, new Entry(result.answer(), clock.millis() + ttl * 1000));
                }
            }
            return result.answer();
        } catch (RuntimeException e) {
            // Our own bug or a library surprise must not break mail flow: report it as a failure to learn.
            failures.incrementAndGet();
            LOG.warn("DNS lookup {} {} failed unexpectedly", name, type, e);
            return DnsAnswer.of(DnsStatus.SERVFAIL, "resolver error: " + e);
        }
    }

    private record Result(DnsAnswer answer, long ttlSeconds) {
    }

    private Result resolve(Name qname, DnsType type) {
        int qtype = Type.value(type.name());
        Name current = qname;
        long chainTtl = Long.MAX_VALUE;
        for (int query = 0; query <= MAX_CNAME_HOPS; query++) {
            Message response;
            try {
                response = send(current, qtype);
            } catch (SocketTimeoutException e) {
                timeouts.incrementAndGet();
                return new Result(DnsAnswer.of(DnsStatus.TIMEOUT, "DNS timeout looking up " + type + " " + display(current)
                        + " (" + (config.retries() + 1) + " tries, " + servers.size() + " server(s))"), 0);
            } catch (IOException e) {
                failures.incrementAndGet();
                return new Result(DnsAnswer.of(DnsStatus.SERVFAIL, "DNS error looking up " + type + " " + display(current)
                        + ": " + e.getMessage()), 0);
            }
            int rcode = response.getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                long ttl = Math.min(chainTtl, negativeTtl(response));
                return new Result(DnsAnswer.of(DnsStatus.NXDOMAIN, display(current) + " does not exist"), ttl);
            }
            if (rcode != Rcode.NOERROR) {
                failures.incrementAndGet();
                return new Result(DnsAnswer.of(DnsStatus.SERVFAIL, "DNS " + Rcode.string(rcode) + " looking up " + type
                        + " " + display(current)), 0);
            }
            // Walk the answer section along the CNAME chain (RFC 1034 §3.6.2).
            List<Record> answer = response.getSection(Section.ANSWER);
            for (int hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
                List<Record> matches = new ArrayList<>();
                CNAMERecord cname = null;
                for (Record r : answer) {
                    if (!r.getName().equals(current) || r.getDClass() != DClass.IN) {
                        continue;
                    }
                    if (r.getType() == qtype) {
                        matches.add(r);
                    } else if (r.getType() == Type.CNAME && cname == null) {
                        cname = (CNAMERecord) r;
                    }
                }
                if (!matches.isEmpty()) {
                    long ttl = chainTtl;
                    for (Record r : matches) {
                        ttl = Math.min(ttl, r.getTTL());
                    }
                    return new Result(DnsAnswer.ok(render(type, matches)), clampPositive(ttl));
                }
                if (cname == null) {
                    if (hop == 0 || !answer.stream().anyMatch(r -> r.getType() == Type.CNAME)) {
                        return new Result(DnsAnswer.of(DnsStatus.NODATA, "no " + type + " records at " + display(current)),
                                Math.min(chainTtl, negativeTtl(response)));
                    }
                    break; // chain leaves this answer: ask again for the target
                }
                chainTtl = Math.min(chainTtl, cname.getTTL());
                current = cname.getTarget();
                if (hop == MAX_CNAME_HOPS) {
                    return new Result(DnsAnswer.of(DnsStatus.SERVFAIL, "CNAME chain too long at " + display(qname)), 0);
                }
            }
            // The chain leads out of the answer we got: the empty answer means NODATA only if the
            // server was authoritative for the target, which we cannot know, so ask for the target.
            if (!answerHasRecordsFor(answer, current)) {
                if (hasNegativeSoa(response)) {
                    return new Result(DnsAnswer.of(DnsStatus.NODATA, "no " + type + " records at " + display(current)),
                            Math.min(chainTtl, negativeTtl(response)));
                }
                continue;
            }
        }
        return new Result(DnsAnswer.of(DnsStatus.SERVFAIL, "CNAME chain too long at " + display(qname)), 0);
    }

    private static boolean answerHasRecordsFor(List<Record> answer, Name name) {
        return answer.stream().anyMatch(r -> r.getName().equals(name));
    }

    private static boolean hasNegativeSoa(Message response) {
        return response.getSection(Section.AUTHORITY).stream().anyMatch(r -> r instanceof SOARecord);
    }

    /** Tries every server, then again {@code retries} times; the first answer wins. */
    private Message send(Name name, int qtype) throws IOException {
        Message query = Message.newQuery(Record.newRecord(name, qtype, DClass.IN));
        IOException last = null;
        boolean onlyTimeouts = true;
        for (int round = 0; round <= config.retries(); round++) {
            for (SimpleResolver resolver : resolvers) {
                queriesSent.incrementAndGet();
                try {
                    return resolver.send(query.clone());
                } catch (InterruptedIOException e) {
                    if (!(e instanceof SocketTimeoutException)) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                    last = e;
                } catch (IOException e) {
                    last = e;
                    if (!isTimeout(e)) {
                        onlyTimeouts = false;
                    }
                }
            }
        }
        if (onlyTimeouts) {
            throw last instanceof SocketTimeoutException ste ? ste : new SocketTimeoutException(String.valueOf(last));
        }
        throw last == null ? new IOException("no DNS servers") : last;
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return true;
            }
            // dnsjava's Resolver.send reports its own deadline as a plain IOException "Timed out ...".
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private long negativeTtl(Message response) {
        for (Record r : response.getSection(Section.AUTHORITY)) {
            if (r instanceof SOARecord soa) {
                long ttl = Math.min(soa.getTTL(), soa.getMinimum());
                return clamp(Math.min(ttl, config.maxTtl().toSeconds()));
            }
        }
        return clamp(config.negativeTtl().toSeconds());
    }

    private long clampPositive(long ttl) {
        return clamp(ttl);
    }

    private long clamp(long ttl) {
        long t = Math.min(ttl, config.maxTtl().toSeconds());
        return Math.max(t, config.minTtl().toSeconds());
    }

    private static List<String> render(DnsType type, List<Record> records) {
        List<String> out = new ArrayList<>(records.size());
        switch (type) {
            case A -> records.forEach(r -> out.add(((ARecord) r).getAddress().getHostAddress()));
            case AAAA -> records.forEach(r -> out.add(formatIpv6(((AAAARecord) r).getAddress())));
            case MX -> records.stream().map(r -> (MXRecord) r).sorted(Comparator.comparingInt(MXRecord::getPriority))
                    .forEach(r -> out.add(display(r.getTarget())));
            case PTR -> records.forEach(r -> out.add(display(((PTRRecord) r).getTarget())));
            case TXT -> records.forEach(r -> {
                // RFC 7208 §3.3 / RFC 6376 §3.6.2.2: the strings of one record are joined with no separator.
                StringBuilder sb = new StringBuilder();
                for (byte[] s : ((TXTRecord) r).getStringsAsByteArrays()) {
                    sb.append(new String(s, StandardCharsets.UTF_8));
                }
                out.add(sb.toString());
            });
            default -> throw new IllegalStateException(type.name());
        }
        return out;
    }

    /** RFC 5952 canonical text (lower case, longest zero run compressed), as {@link DnsAnswer} documents. */
    static String formatIpv6(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress(); // dnsjava maps ::ffff:a.b.c.d to Inet4Address
        }
        byte[] b = ((Inet6Address) address).getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static String display(Name name) {
        String s = name.toString(true);
        return s.isEmpty() ? "." : s;
    }

    static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    @Override
    public String toString() {
        return "CachingDnsResolver" + servers;
    }

    /** Convenience for tests and tools. */
    public static CachingDnsResolver forServers(Duration timeout, String... servers) {
        return new CachingDnsResolver(ResolverConfig.builder().servers(servers).timeout(timeout).build());
    }
}
