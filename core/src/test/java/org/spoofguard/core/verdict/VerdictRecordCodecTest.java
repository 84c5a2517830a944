package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

class VerdictRecordCodecTest {
    static SenderVerdict verdict(List<DkimResult> dkim, DmarcResultCode dmarc) {
        return new SenderVerdict("192.0.2.7", "mx.sender.example", "billing@supplier.example",
            new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "supplier.example", "billing@supplier.example",
                "RFC 7208 §4.3: 192.0.2.7 not permitted; \"quoted\", semi;colon"),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mx.sender.example", "postmaster@mx.sender.example", ""),
            dkim, new DmarcResult(dmarc, "supplier.example", "supplier.example", DmarcPolicy.REJECT, false, true, "no aligned pass"));
    }

    @Test
    void roundTripIsIdentityAndTheValueIsOneLineOfAscii() {
        VerdictRecord r = new VerdictRecord(verdict(List.of(
            new DkimResult(DkimResultCode.FAIL, "supplier.example", "s1", "rsa-sha256", "body hash mismatch"),
            new DkimResult(DkimResultCode.PASS, "esp.example", "k,1", "ed25519-sha256", "")), DmarcResultCode.FAIL),
            "alice@ours.example", List.of("DKIM: time budget exceeded"));
        String encoded = VerdictRecordCodec.encode(r);
        assertThat(encoded).startsWith("v=1; ").matches("[\\x20-\\x7e]+");
        assertThat(VerdictRecordCodec.decode(encoded)).isEqualTo(r);
        VerdictRecord plain = new VerdictRecord(verdict(List.of(), DmarcResultCode.PASS));
        assertThat(VerdictRecordCodec.decode(VerdictRecordCodec.encode(plain))).isEqualTo(plain);
        // hostile envelope text stays inside its value
        VerdictRecord hostile = new VerdictRecord(new SenderVerdict("192.0.2.7", "-", "a;b=c\r\nX-Evil: 1@x",
            verdict(List.of(), DmarcResultCode.NONE).spfMailFrom(), verdict(List.of(), DmarcResultCode.NONE).spfHelo(),
            List.of(), verdict(List.of(), DmarcResultCode.NONE).dmarc()), "", List.of());
        String h = VerdictRecordCodec.encode(hostile);
        assertThat(h).doesNotContain("\r", "\n").contains("mf=a%3Bb%3Dc%0D%0AX-Evil:%201@x;");
        assertThat(VerdictRecordCodec.decode(h)).isEqualTo(hostile);
    }

    /**
     * The AUID and the start of b= travel with each DKIM result (for header.i / header.b); a record written before
     * they did (five parts per dkim=) still reads, and a result without them is still written that way.
     */
    @Test
    void dkimIdentityAndSignaturePrefixTravelAndOldRecordsStillRead() {
        DkimResult withIds = new DkimResult(DkimResultCode.PASS, "supplier.example", "s1", "rsa-sha256", "verified",
            "billing@mail.supplier.example", "dGhpcy+i/s=");
        DkimResult without = new DkimResult(DkimResultCode.FAIL, "other.example", "s2", "rsa-sha256", "body hash mismatch");
        VerdictRecord r = new VerdictRecord(verdict(List.of(withIds, without), DmarcResultCode.PASS));
        String encoded = VerdictRecordCodec.encode(r);
        assertThat(encoded).contains("dkim=pass,supplier.example,s1,rsa-sha256,verified,billing@mail.supplier.example,")
            .contains("dkim=fail,other.example,s2,rsa-sha256,body%20hash%20mismatch;");
        assertThat(VerdictRecordCodec.decode(encoded)).isEqualTo(r);

        String old = encoded.replaceFirst("(dkim=pass,supplier\\.example,s1,rsa-sha256,verified),[^;]*;", "$1;");
        assertThat(old).contains("dkim=pass,supplier.example,s1,rsa-sha256,verified;");
        VerdictRecord back = VerdictRecordCodec.decode(old);
        assertThat(back.complete()).as(back.errors().toString()).isTrue();
        assertThat(back.verdict().dkim().get(0)).isEqualTo(
            new DkimResult(DkimResultCode.PASS, "supplier.example", "s1", "rsa-sha256", "verified"));
        assertThat(VerdictRecordCodec.decode(encoded.replace(",billing@mail.supplier.example,", ",")).complete())
            .as("six parts are neither form").isFalse();
    }

    @Test
    void sixtyFiveJunkSignaturesNeitherBreakTheRecordNorHideAPass() {
        List<DkimResult> dkim = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            dkim.add(new DkimResult(DkimResultCode.PERMERROR, "junk" + i + ".example", "s", "rsa-sha256", "bad tag list"));
        }
        dkim.add(new DkimResult(DkimResultCode.PASS, "supplier.example", "s1", "rsa-sha256", ""));
        VerdictRecord r = new VerdictRecord(verdict(dkim, DmarcResultCode.FAIL));
        String encoded = VerdictRecordCodec.encode(r);
        assertThat(encoded.length()).isLessThan(8 * 1024);
        VerdictRecord back = VerdictRecordCodec.decode(encoded);
        assertThat(back.complete()).isTrue();
        assertThat(back.verdict().dkim()).hasSize(VerdictRecordCodec.MAX_DKIM);
        assertThat(back.verdict().dkim().get(0).isPass()).isTrue();
        assertThat(back.verdict().dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(back.verdict().spfMailFrom()).isEqualTo(r.verdict().spfMailFrom());
        assertThat(back.verdict().dkim().get(15).reason()).contains("50 more signatures not carried");
        assertThat(back).isEqualTo(VerdictRecordCodec.bounded(r));
        assertThat(VerdictRecordCodec.decode(VerdictRecordCodec.encode(back))).isEqualTo(back);
    }

    @Test
    void anythingUnreadableIsUnauthenticatedWithAnErrorNeverNoInformation() {
        String good = VerdictRecordCodec.encode(new VerdictRecord(verdict(List.of(), DmarcResultCode.PASS)));
        for (String bad : List.of("", "garbage", "v=2" + good.substring(3), good + "; new=1", good + "; dmarc=pass,-,-,none,-,-",
                good.replace("spf=fail", "spf=maybe"), good.replace("; dmarc=", "; x=").replaceAll("; x=.*", ""),
                good + "; err=%ZZ", "v=1", "x".repeat(VerdictRecordCodec.MAX_ENCODED + 1))) {
            VerdictRecord r = VerdictRecordCodec.decode(bad);
            assertThat(r.complete()).as(bad).isFalse();
            assertThat(r.errors()).as(bad).anySatisfy(e -> assertThat(e).contains("unreadable verdict record"));
            assertThat(r.verdict().dmarc().isPass()).isFalse();
            assertThat(ProvenSender.returnPath(r)).isEmpty();
            assertThat(ProvenSender.fromDomain(r, "supplier.example")).isFalse();
        }
        assertThat(VerdictRecordCodec.decode(null).complete()).isFalse();
    }

    /**
     * The any-host mechanism of an SPF pass travels with the record (the bounce guard decides from the record, not
     * from the Authentication-Results field); records without it read as before, a sixth part on anything but a
     * pass is not ours.
     */
    @Test
    void anSpfPassEveryHostGetsKeepsItsMechanismThroughTheRecord() {
        SenderVerdict base = verdict(List.of(), DmarcResultCode.NONE);
        SpfResult open = new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "supplier.example",
            "billing@supplier.example", "mechanism +all matched", "+all (SPF record of supplier.example)");
        VerdictRecord r = new VerdictRecord(new SenderVerdict(base.clientIp(), base.helo(), base.mailFrom(), open,
            base.spfHelo(), List.of(), base.dmarc()));
        String encoded = VerdictRecordCodec.encode(r);
        assertThat(encoded).contains("spf=pass,mailfrom,supplier.example,billing@supplier.example,mechanism%20+all%20matched,"
            + "+all%20%28SPF%20record%20of%20supplier.example%29");
        VerdictRecord back = VerdictRecordCodec.decode(encoded);
        assertThat(back).isEqualTo(r);
        assertThat(back.verdict().spfMailFrom().isPassForAnyHost()).isTrue();
        assertThat(ProvenSender.returnPath(back)).isEmpty();
        // a pass without it (and every record written before it existed) has five parts, as before
        String plain = encoded.replace(",+all%20%28SPF%20record%20of%20supplier.example%29", "");
        assertThat(VerdictRecordCodec.decode(plain).verdict().spfMailFrom().isPassForAnyHost()).isFalse();
        assertThat(VerdictRecordCodec.decode(plain).complete()).isTrue();
        for (String bad : List.of(encoded.replace("spf=pass,", "spf=neutral,"),
                encoded.replace(",+all%20%28SPF%20record%20of%20supplier.example%29", ",-"))) {
            assertThat(VerdictRecordCodec.decode(bad).complete()).as(bad).isFalse();
        }
    }
}
