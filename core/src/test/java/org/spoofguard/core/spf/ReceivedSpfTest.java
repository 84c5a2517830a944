package org.spoofguard.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class ReceivedSpfTest {

    @Test
    void formatsRfc7208Section91Fields() throws Exception {
        SpfResult r = new SpfResult(SpfResultCode.PASS, "mailfrom", "example.com", "user@example.com",
                "mechanism ip4:192.0.2.0/24 matched");
        String v = ReceivedSpf.format(r, InetAddress.getByName("192.0.2.1"), "user@example.com", "mail.example.com", "mx.example.org");
        assertThat(v).isEqualTo("pass (mx.example.org: domain of user@example.com designates 192.0.2.1 as permitted sender;"
                + " mechanism ip4:192.0.2.0/24 matched) receiver=mx.example.org; client-ip=192.0.2.1;"
                + " envelope-from=\"user@example.com\"; helo=mail.example.com; identity=mailfrom");
    }

    @Test
    void hostileValuesAreQuotedAndCannotInjectHeaders() throws Exception {
        SpfResult r = new SpfResult(SpfResultCode.PERMERROR, "helo", "evil.test", "postmaster@evil.test",
                "syntax error at 'a:(x)\r\nX-Injected: yes'");
        String v = ReceivedSpf.format(r, InetAddress.getByName("2001:db8::1"), "<\"odd\\\"local\"@evil.test>", "evil.test\r\nX: y", "mx");
        assertThat(v).doesNotContain("\r").doesNotContain("\n");
        assertThat(v).contains("client-ip=2001:db8::1;");
        assertThat(v).contains("envelope-from=\"\\\"odd\\\\\\\"local\\\"@evil.test\";");
        assertThat(v).contains("helo=\"evil.test??X: y\";");
        assertThat(v).contains("\\(x\\)");
        assertThat(v).contains("identity=helo; problem=\"syntax error at 'a:(x)??X-Injected: yes'\"");
        assertThat(v).startsWith("permerror (");
    }

    @Test
    void nullSenderIsAnEmptyQuotedString() throws Exception {
        SpfResult r = new SpfResult(SpfResultCode.NONE, "mailfrom", "h.test", "postmaster@h.test", "no SPF record at h.test");
        assertThat(ReceivedSpf.header(r, InetAddress.getByName("192.0.2.1"), "", "h.test", null))
                .isEqualTo("Received-SPF: none (domain of postmaster@h.test does not publish SPF information;"
                        + " no SPF record at h.test) client-ip=192.0.2.1; envelope-from=\"\"; helo=h.test; identity=mailfrom");
    }

    /**
     * RFC 5322 §2.1.1: a header line has at most 998 characters. The envelope-from and the HELO name are the client's
     * (one SMTP line holds 8 KiB): a forger's long ones made our own Received-SPF a line a relaying MTA may refuse.
     * Values are cut at 600 written characters (an RFC 5321 path has at most 256 octets) and the fields folded.
     */
    @Test
    void noLineOfTheFieldIsLongerThan998Characters() throws Exception {
        String local = "\"" + "a(b)\\\"".repeat(700) + "\"";
        String helo = "h".repeat(3000) + ".example";
        SpfResult r = new SpfResult(SpfResultCode.TEMPERROR, "mailfrom", "evil.test", local + "@evil.test",
                "DNS timeout looking up A " + "(x)".repeat(400));
        String header = ReceivedSpf.header(r, InetAddress.getByName("2001:db8::1"), local + "@evil.test", helo,
                "mx.example.org");
        for (String line : header.split("\r\n", -1)) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(998);
        }
        assertThat(header.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n")
                .startsWith("Received-SPF: temperror (").contains("envelope-from=\"\\\"a(b)").contains("...\";")
                .contains("client-ip=2001:db8::1;").contains("identity=mailfrom;");
        assertThat(header.split("\r\n")).allSatisfy(l -> assertThat(l).matches("(Received-SPF: |\t).*"));
    }
}
