package org.spoofguard.testing.dns;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * A real authoritative DNS server on 127.0.0.1 for tests: UDP and TCP on the same random port,
 * zones from RFC 1035 master files, fault injection and a query log.
 *
 * <p>It is a real server (not a mock resolver) so that the code under test exercises the real wire
 * path: UDP size limits and truncation (RFC 1035 §4.2.1, RFC 7766), TCP fallback, timeouts, and
 * correct NXDOMAIN vs NODATA with an SOA in the authority section (RFC 2308 §2) that resolvers use
 * for negative caching.</p>
 *
 * <p>Zones without SOA/NS records get synthetic ones (SOA minimum = {@link #DEFAULT_NEGATIVE_TTL}),
 * so a test zone can be as short as a single TXT line.</p>
 */
public final class LoopbackDnsServer implements AutoCloseable {

    /** Negative-caching TTL of synthesised SOA records. */
    public static final long DEFAULT_NEGATIVE_TTL = 60;
    /** Payload limit for UDP clients that do not send EDNS (RFC 1035 §4.2.1). */
    private static final int CLASSIC_UDP_LIMIT = 512;
    private static final int MAX_CNAME_CHAIN = 8;

    /** One received question. Names are lower case without the trailing dot. */
    public record Query(String name, String type, boolean tcp) {
    }

    private enum Fault { TIMEOUT, SERVFAIL }

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ExecutorService workers;
    private final Thread udpThread;
    private final Thread tcpThread;
    private final Map<Name, Zone> zones = new ConcurrentHashMap<>();
    /** Key: "name|TYPE" or "name|*". */
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final List<Query> log = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile boolean chaseCnamesAcrossZones = true;

    private LoopbackDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-dns-worker");
            t.setDaemon(true);
            return t;
        });
        this.udpThread = new Thread(this::serveUdp, "loopback-dns-udp-" + port());
        this.tcpThread = new Thread(this::serveTcp, "loopback-dns-tcp-" + port());
        udpThread.setDaemon(true);
        tcpThread.setDaemon(true);
    }

    /** Starts a server with no zones on a free port of 127.0.0.1 (same number for UDP and TCP). */
    public static LoopbackDnsServer start() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            DatagramSocket udp = null;
            try {
                udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                ServerSocket tcp = new ServerSocket();
                try {
                    tcp.setReuseAddress(true);
                    tcp.bind(new InetSocketAddress(loopback, udp.getLocalPort()), 50);
                } catch (IOException e) {
                    tcp.close();
                    throw e;
                }
                LoopbackDnsServer server = new LoopbackDnsServer(udp, tcp);
                server.udpThread.start();
                server.tcpThread.start();
                return server;
            } catch (BindException e) {
                last = e;
                if (udp != null) {
                    udp.close();
                }
            } catch (IOException e) {
                if (udp != null) {
                    udp.close();
                }
                throw new UncheckedIOException(e);
            }
        }
        throw new UncheckedIOException("no free port with both UDP and TCP available", last);
    }

    /** Starts a server and loads the given master-file texts (each must start with {@code $ORIGIN}). */
    public static LoopbackDnsServer withZones(String... zoneTexts) {
        LoopbackDnsServer server = start();
        for (String text : zoneTexts) {
            server.addZone(text);
        }
        return server;
    }

    public int port() {
        return udp.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** {@code 127.0.0.1:port}, the form resolver configurations take. */
    public String hostAndPort() {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port();
    }

    // ---------------------------------------------------------------- zones

    /**
     * Loads a zone from master-file text. The origin is taken from a leading {@code $ORIGIN}
     * directive, or else from the owner of the first SOA record.
     */
    public LoopbackDnsServer addZone(String masterFileText) {
        List<Record> records = parse(masterFileText, null);
        Name origin = originOf(masterFileText, records);
        installZone(origin, records);
        return this;
    }

    /** Loads a zone for {@code origin} from master-file text (relative names are relative to origin). */
    public LoopbackDnsServer addZone(String origin, String masterFileText) {
        Name o = absolute(origin);
        installZone(o, parse(masterFileText, o));
        return this;
    }

    /** Loads a zone from a master file on disk. */
    public LoopbackDnsServer addZoneFile(Path file) {
        try {
            return addZone(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a zone from a class-path resource (e.g. {@code "/zones/example.com.zone"}). */
    public LoopbackDnsServer addZoneResource(String resource) {
        try (InputStream in = LoopbackDnsServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource);
            }
            return addZone(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TXT value as zone-file rdata: quoted, in strings of at most 200 characters, since one string holds at most
     * 255 (RFC 1035 §3.3) and an RSA-2048 DKIM key record is longer.
     */
    public static String txt(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i += 200) {
            sb.append(sb.length() == 0 ? "" : " ").append('"').append(value, i, Math.min(value.length(), i + 200)).append('"');
        }
        return sb.toString();
    }

    /**
     * Adds records given as master-file lines with absolute owner names, e.g.
     * {@code "example.com. 300 IN TXT \"v=spf1 \" \"-all\""}. Each record goes into the closest
     * enclosing zone already loaded; if there is none, a zone is created at the last two labels
     * of the owner name (or the owner itself when it has fewer).
     */
    public LoopbackDnsServer addRecords(String... lines) {
        List<Record> records = parse(String.join("\n", lines), Name.root);
        synchronized (zones) {
            for (Record record : records) {
                Zone zone = findZone(record.getName());
                if (zone == null) {
                    Name name = record.getName();
                    Name origin = name.labels() > 3 ? new Name(name, name.labels() - 3) : name;
                    installZone(origin, List.of());
                    zone = zones.get(origin);
                }
                zone.addRecord(record);
            }
        }
        return this;
    }

    /** Removes every record of {@code type} at {@code name} (e.g. to change DNS in the middle of a test). */
    public LoopbackDnsServer removeRecords(String name, String type) {
        Name n = absolute(name);
        int t = Type.value(type);
        synchronized (zones) {
            Zone zone = findZone(n);
            if (zone != null) {
                RRset set = zone.findExactMatch(n, t);
                if (set != null) {
                    for (Record r : set.rrs()) {
                        zone.removeRecord(r);
                    }
                }
            }
        }
        return this;
    }

    public LoopbackDnsServer removeZone(String origin) {
        zones.remove(absolute(origin));
        return this;
    }

    /** The zone for {@code origin} rendered as a master file, for debugging failing tests. */
    public String dumpZone(String origin) {
        Zone zone = zones.get(absolute(origin));
        return zone == null ? "" : zone.toMasterFile();
    }

    private void installZone(Name origin, List<Record> records) {
        List<Record> all = new ArrayList<>();
        boolean hasSoa = records.stream().anyMatch(r -> r.getType() == Type.SOA && r.getName().equals(origin));
        boolean hasNs = records.stream().anyMatch(r -> r.getType() == Type.NS && r.getName().equals(origin));
        try {
            if (!hasSoa) {
                Name ns = new Name("ns", origin);
                Name admin = new Name("hostmaster", origin);
                all.add(new SOARecord(origin, DClass.IN, 3600, ns, admin, 1, 3600, 600, 86400, DEFAULT_NEGATIVE_TTL));
            } else {
                records.stream().filter(r -> r.getType() == Type.SOA && r.getName().equals(origin)).forEach(all::add);
            }
            if (!hasNs) {
                all.add(new NSRecord(origin, DClass.IN, 3600, new Name("ns", origin)));
            }
            records.stream().filter(r -> !(r.getType() == Type.SOA && r.getName().equals(origin))).forEach(all::add);
            zones.put(origin, new Zone(origin, all.toArray(new Record[0])));
        } catch (IOException e) {
            throw new UncheckedIOException("bad zone " + origin + ": " + e.getMessage(), e);
        }
    }

    private static List<Record> parse(String text, Name origin) {
        List<Record> records = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        try (Master master = origin == null ? new Master(in) : new Master(in, origin, 3600)) {
            master.disableIncludes();
            Record r;
            while ((r = master.nextRecord()) != null) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot parse zone text: " + e.getMessage(), e);
        }
        return records;
    }

    private static Name originOf(String text, List<Record> records) {
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.regionMatches(true, 0, "$ORIGIN", 0, 7)) {
                return absolute(trimmed.substring(7).trim().split("[\\s;]")[0]);
            }
        }
        return records.stream().filter(r -> r.getType() == Type.SOA).map(Record::getName).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("zone text has neither $ORIGIN nor SOA"));
    }

    private static Name absolute(String name) {
        try {
            return Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("bad name " + name, e);
        }
    }

    private Zone findZone(Name name) {
        for (int i = 0; i < name.labels(); i++) {
            Name candidate = i == 0 ? name : new Name(name, i);
            Zone zone = zones.get(candidate);
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    /**
     * Whether a CNAME answer also carries the target's records when the target lies in another of
     * our zones (default true, like BIND). Off, clients must ask again for the target, as they do
     * when the target zone lives on another server.
     */
    public LoopbackDnsServer chaseCnamesAcrossZones(boolean chase) {
        this.chaseCnamesAcrossZones = chase;
        return this;
    }

    // ---------------------------------------------------------------- faults

    /** Never answer questions for {@code name} (any type): clients see a timeout. */
    public LoopbackDnsServer timeout(String name) {
        faults.put(faultKey(name, "*"), Fault.TIMEOUT);
        return this;
    }

    /** Never answer questions for {@code name} of {@code type} (e.g. "TXT"). */
    public LoopbackDnsServer timeout(String name, String type) {
        faults.put(faultKey(name, type), Fault.TIMEOUT);
        return this;
    }

    /** Answer SERVFAIL for {@code name} (any type). */
    public LoopbackDnsServer servfail(String name) {
        faults.put(faultKey(name, "*"), Fault.SERVFAIL);
        return this;
    }

    /** Answer SERVFAIL for {@code name} of {@code type}. */
    public LoopbackDnsServer servfail(String name, String type) {
        faults.put(faultKey(name, type), Fault.SERVFAIL);
        return this;
    }

    public LoopbackDnsServer clearFaults() {
        faults.clear();
        return this;
    }

    public LoopbackDnsServer clearFault(String name) {
        String prefix = normalise(name) + "|";
        faults.keySet().removeIf(k -> k.startsWith(prefix));
        return this;
    }

    private static String faultKey(String name, String type) {
        return normalise(name) + "|" + ("*".equals(type) ? "*" : Type.string(Type.value(type.toUpperCase(Locale.ROOT))));
    }

    private Fault faultFor(String name, String type) {
        Fault f = faults.get(name + "|" + type);
        return f != null ? f : faults.get(name + "|*");
    }

    // ---------------------------------------------------------------- query log

    /** Every question received, in arrival order (UDP and TCP). */
    public List<Query> queries() {
        return List.copyOf(log);
    }

    /** How many times {@code name}/{@code type} was asked (over any transport). */
    public int queryCount(String name, String type) {
        String n = normalise(name);
        String t = type.toUpperCase(Locale.ROOT);
        return (int) log.stream().filter(q -> q.name().equals(n) && q.type().equals(t)).count();
    }

    /** How many questions were asked over TCP. */
    public int tcpQueryCount() {
        return (int) log.stream().filter(Query::tcp).count();
    }

    public LoopbackDnsServer clearQueries() {
        log.clear();
        return this;
    }

    private static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") && n.length() > 1 ? n.substring(0, n.length() - 1) : n;
    }

    // ---------------------------------------------------------------- serving

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            byte[] request = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
            InetSocketAddress client = (InetSocketAddress) packet.getSocketAddress();
            workers.execute(() -> {
                byte[] response = answer(request, false);
                if (response != null && !closed) {
                    try {
                        udp.send(new DatagramPacket(response, response.length, client));
                    } catch (IOException ignored) {
                        // client gone: nothing to do
                    }
                }
            });
        }
    }

    private void serveTcp() {
        while (!closed) {
            Socket socket;
            try {
                socket = tcp.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            workers.execute(() -> serveTcpConnection(socket));
        }
    }

    private void serveTcpConnection(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (!closed) {
                int length;
                try {
                    length = in.readUnsignedShort();
                } catch (IOException eof) {
                    return;
                }
                byte[] request = in.readNBytes(length);
                if (request.length != length) {
                    return;
                }
                byte[] response = answer(request, true);
                if (response == null) {
                    continue; // injected timeout: keep the connection silent
                }
                out.writeShort(response.length);
                out.write(response);
                out.flush();
            }
        } catch (IOException ignored) {
            // connection trouble ends the connection, nothing else
        }
    }

    /** Builds the wire response, or null to stay silent (injected timeout or garbage). */
    private byte[] answer(byte[] requestBytes, boolean overTcp) {
        Message request;
        try {
            request = new Message(requestBytes);
        } catch (IOException e) {
            return null;
        }
        Record question = request.getQuestion();
        Message response = new Message(request.getHeader().getID());
        Header header = response.getHeader();
        header.setFlag(Flags.QR);
        if (request.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        header.setOpcode(request.getHeader().getOpcode());
        OPTRecord opt = request.getOPT();
        int udpLimit = opt == null ? CLASSIC_UDP_LIMIT : Math.max(CLASSIC_UDP_LIMIT, opt.getPayloadSize());
        if (question == null || request.getHeader().getOpcode() != Opcode.QUERY) {
            header.setRcode(Rcode.FORMERR);
            return response.toWire();
        }
        response.addRecord(question, Section.QUESTION);
        if (opt != null) {
            response.addRecord(new OPTRecord(4096, 0, 0), Section.ADDITIONAL);
        }
        String qname = normalise(question.getName().toString());
        String qtype = Type.string(question.getType());
        log.add(new Query(qname, qtype, overTcp));

        Fault fault = faultFor(qname, qtype);
        if (fault == Fault.TIMEOUT) {
            return null;
        }
        if (fault == Fault.SERVFAIL) {
            header.setRcode(Rcode.SERVFAIL);
            return wire(response, overTcp, udpLimit);
        }
        resolve(question.getName(), question.getType(), response);
        return wire(response, overTcp, udpLimit);
    }

    private static byte[] wire(Message response, boolean overTcp, int udpLimit) {
        // Message.toWire(max) drops whole RRsets that do not fit and sets TC (RFC 2181 §9).
        return overTcp ? response.toWire() : response.toWire(udpLimit);
    }

    private void resolve(Name qname, int qtype, Message response) {
        Header header = response.getHeader();
        Name current = qname;
        Zone first = null;
        for (int hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
            Zone zone = findZone(current);
            if (hop == 0) {
                first = zone;
            } else if (zone != first && !chaseCnamesAcrossZones) {
                return;
            }
            if (zone == null) {
                if (hop == 0) {
                    header.setRcode(Rcode.REFUSED);
                }
                return; // CNAME pointing out of our zones: the client chases it
            }
            if (hop == 0) {
                header.setFlag(Flags.AA);
            }
            SetResponse sr;
            synchronized (zones) {
                sr = zone.findRecords(current, qtype);
            }
            if (sr.isSuccessful()) {
                for (RRset set : sr.answers()) {
                    set.rrs().forEach(r -> response.addRecord(r, Section.ANSWER));
                }
                return;
            }
            if (sr.isCNAME()) {
                CNAMERecord cname = sr.getCNAME();
                response.addRecord(cname, Section.ANSWER);
                current = cname.getTarget();
                continue;
            }
            if (sr.isNXDOMAIN() && !isEmptyNonTerminal(zone, current)) {
                header.setRcode(Rcode.NXDOMAIN);
                addNegativeSoa(zone, response);
                return;
            }
            if (sr.isDelegation()) {
                sr.getNS().rrs().forEach(r -> response.addRecord(r, Section.AUTHORITY));
                header.unsetFlag(Flags.AA);
                return;
            }
            // NXRRSET (NODATA) or anything else: NOERROR, empty answer, SOA for negative caching.
            addNegativeSoa(zone, response);
            return;
        }
    }

    /** RFC 8020: a name with descendants exists even without records of its own (answer NODATA). */
    private boolean isEmptyNonTerminal(Zone zone, Name name) {
        synchronized (zones) {
            for (java.util.Iterator<RRset> it = zone.iterator(); it.hasNext(); ) {
                Name owner = it.next().getName();
                if (!owner.equals(name) && owner.subdomain(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** RFC 2308 §3: the SOA in a negative answer carries min(SOA TTL, SOA MINIMUM) as its TTL. */
    private static void addNegativeSoa(Zone zone, Message response) {
        SOARecord soa = zone.getSOA();
        long ttl = Math.min(soa.getTTL(), soa.getMinimum());
        response.addRecord(new SOARecord(soa.getName(), soa.getDClass(), ttl, soa.getHost(), soa.getAdmin(),
                soa.getSerial(), soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum()), Section.AUTHORITY);
    }

    @Override
    public void close() {
        closed = true;
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "LoopbackDnsServer[" + hostAndPort() + ", zones=" + zones.keySet() + "]";
    }
}
