package org.spoofguard.testing.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class LoopbackDnsServerTest {

    private static final String ZONE = String.join("\n",
            "$ORIGIN example.com.",
            "$TTL 300",
            "@        IN SOA ns1 hostmaster 1 3600 600 86400 30",
            "@        IN NS  ns1",
            "ns1      IN A   192.0.2.53",
            "@        IN A   192.0.2.10",
            "@        IN AAAA 2001:db8::10",
            "@        IN MX  10 mx1",
            "@        IN MX  20 mx2",
            "mx1      IN A   192.0.2.25",
            "@        IN TXT \"v=spf1 \" \"ip4:192.0.2.0/24 \" \"-all\"",
            "www      IN CNAME @",
            "alias    IN CNAME target.example.net.",
            "");

    private LoopbackDnsServer server;

    @BeforeEach
    void start() {
        server = LoopbackDnsServer.withZones(ZONE);
        server.addZone("2.0.192.in-addr.arpa.", "@ IN SOA ns1.example.com. h.example.com. 1 1 1 1 1\n@ IN NS ns1.example.com.\n10 IN PTR example.com.\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Message ask(String name, int type, boolean tcp) throws IOException {
        return ask(name, type, tcp, Duration.ofSeconds(10));
    }

    // A short timeout only where a timeout is what is tested: elsewhere a slow answer on a loaded 2-core machine
    // would fail a test about something else.
    private Message ask(String name, int type, boolean tcp, Duration timeout) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server.address());
        resolver.setTimeout(timeout);
        resolver.setTCP(tcp);
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> answers(Message m, int type) {
        return m.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type)
                .map(r -> r.rdataToString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toList());
    }

    @Test
    void answersAddressMxTxtPtr() throws IOException {
        assertThat(answers(ask("example.com.", Type.A, false), Type.A)).containsExactly("192.0.2.10");
        assertThat(answers(ask("example.com.", Type.AAAA, false), Type.AAAA)).containsExactly("2001:db8:0:0:0:0:0:10");
        assertThat(answers(ask("EXAMPLE.com.", Type.MX, false), Type.MX)).containsExactlyInAnyOrder("10 mx1.example.com.", "20 mx2.example.com.");
        assertThat(answers(ask("10.2.0.192.in-addr.arpa.", Type.PTR, false), Type.PTR)).containsExactly("example.com.");
        Message aa = ask("example.com.", Type.A, false);
        assertThat(aa.getHeader().getFlag(Flags.AA)).isTrue();
    }

    @Test
    void multiStringTxtKeepsItsStrings() throws IOException {
        Message m = ask("example.com.", Type.TXT, false);
        TXTRecord txt = (TXTRecord) m.getSection(Section.ANSWER).get(0);
        assertThat(txt.getStrings()).containsExactly("v=spf1 ", "ip4:192.0.2.0/24 ", "-all");
    }

    @Test
    void cnameIsFollowedInsideOurZonesAndLeftForTheClientOutside() throws IOException {
        Message m = ask("www.example.com.", Type.A, false);
        assertThat(answers(m, Type.CNAME)).containsExactly("example.com.");
        assertThat(answers(m, Type.A)).containsExactly("192.0.2.10");
        Message out = ask("alias.example.com.", Type.A, false);
        assertThat(out.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answers(out, Type.CNAME)).containsExactly("target.example.net.");
        assertThat(answers(out, Type.A)).isEmpty();
    }

    @Test
    void nxdomainAndNodataAreToldApartWithSoaForNegativeCaching() throws IOException {
        Message nx = ask("nope.example.com.", Type.A, false);
        assertThat(nx.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        SOARecord soa = (SOARecord) nx.getSection(Section.AUTHORITY).get(0);
        assertThat(soa.getTTL()).isEqualTo(30);

        Message nodata = ask("mx1.example.com.", Type.TXT, false);
        assertThat(nodata.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(nodata.getSection(Section.ANSWER)).isEmpty();
        assertThat(nodata.getSection(Section.AUTHORITY)).hasSize(1);

        // Empty non-terminal: exists (has a child) but has no records: NODATA, not NXDOMAIN.
        server.addRecords("deep.sub.example.com. 60 IN TXT \"x\"");
        assertThat(ask("sub.example.com.", Type.TXT, false).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void namesOutsideOurZonesAreRefused() throws IOException {
        assertThat(ask("example.invalid.", Type.A, false).getRcode()).isEqualTo(Rcode.REFUSED);
    }

    @Test
    void bigUdpAnswerIsTruncatedAndTheClientRetriesOverTcp() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append("big.example.com. 300 IN TXT \"record number ").append(i).append(" padding padding padding padding\"\n");
        }
        server.addRecords(lines.toString().split("\n"));
        SimpleResolver raw = new SimpleResolver(server.address());
        raw.setIgnoreTruncation(true);
        raw.setTimeout(Duration.ofSeconds(1));
        Message truncated = raw.send(Message.newQuery(Record.newRecord(Name.fromString("big.example.com."), Type.TXT, DClass.IN)));
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();

        Message full = ask("big.example.com.", Type.TXT, false); // SimpleResolver falls back to TCP on TC
        assertThat(full.getSection(Section.ANSWER)).hasSize(40);
        assertThat(server.tcpQueryCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void tcpWorksDirectly() throws IOException {
        assertThat(answers(ask("example.com.", Type.A, true), Type.A)).containsExactly("192.0.2.10");
        assertThat(server.queries()).containsExactly(new LoopbackDnsServer.Query("example.com", "A", true));
    }

    @Test
    void injectedTimeoutNeverAnswersAndServfailAnswersServfail() throws IOException {
        server.timeout("example.com", "TXT");
        assertThatThrownBy(() -> ask("example.com.", Type.TXT, false, Duration.ofMillis(700)))
                .isInstanceOf(IOException.class);
        assertThat(answers(ask("example.com.", Type.A, false), Type.A)).containsExactly("192.0.2.10");

        server.servfail("mx1.example.com");
        assertThat(ask("mx1.example.com.", Type.A, false).getRcode()).isEqualTo(Rcode.SERVFAIL);

        server.clearFaults();
        assertThat(ask("example.com.", Type.TXT, false).getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(ask("mx1.example.com.", Type.A, false).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void queryLogCountsPerNameAndType() throws IOException {
        ask("example.com.", Type.A, false);
        ask("Example.COM.", Type.A, false);
        ask("example.com.", Type.MX, false);
        assertThat(server.queryCount("example.com", "A")).isEqualTo(2);
        assertThat(server.queryCount("example.com.", "mx")).isEqualTo(1);
        assertThat(server.queryCount("example.com", "TXT")).isZero();
        server.clearQueries();
        assertThat(server.queries()).isEmpty();
    }

    @Test
    void zonesLoadFromClassPathAndProgrammaticRecordsGetASyntheticSoa() throws IOException {
        server.addZoneResource("/zones/example.org.zone");
        TXTRecord txt = (TXTRecord) ask("example.org.", Type.TXT, false).getSection(Section.ANSWER).get(0);
        assertThat(txt.getStrings()).containsExactly("v=spf1 ip4:192.0.2.0/24 -all");

        server.addRecords("mail.fresh.test. 60 IN A 198.51.100.7");
        assertThat(answers(ask("mail.fresh.test.", Type.A, false), Type.A)).containsExactly("198.51.100.7");
        Message nx = ask("other.fresh.test.", Type.A, false);
        assertThat(nx.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(((SOARecord) nx.getSection(Section.AUTHORITY).get(0)).getMinimum()).isEqualTo(LoopbackDnsServer.DEFAULT_NEGATIVE_TTL);

        server.removeRecords("mail.fresh.test", "A");
        assertThat(ask("mail.fresh.test.", Type.A, false).getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void badZoneTextIsRejectedWithAMessage() {
        assertThatThrownBy(() -> server.addZone("$ORIGIN bad.test.\n@ IN A not-an-address\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
