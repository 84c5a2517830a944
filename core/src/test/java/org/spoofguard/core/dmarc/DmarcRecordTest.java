package org.spoofguard.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DmarcRecordTest {

    private static DmarcRecord valid(String txt) {
        DmarcRecord.Parsed p = DmarcRecord.parse(txt);
        assertThat(p.status()).as(p.reason()).isEqualTo(DmarcRecord.Status.VALID);
        return p.record().orElseThrow();
    }

    @Test
    void parsesAllTags() {
        DmarcRecord r = valid("v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=s; pct=50; psd=n; t=y;"
                + " rua=mailto:agg@example.com,mailto:x@example.net!10m; ruf=mailto:f@example.com; fo=1");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.subdomainPolicy()).contains(DmarcPolicy.QUARANTINE);
        assertThat(r.nonExistentPolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.strictDkim()).isTrue();
        assertThat(r.strictSpf()).isTrue();
        assertThat(r.pct()).isEqualTo(50);
        assertThat(r.psd()).isEqualTo(DmarcRecord.Psd.N);
        assertThat(r.testing()).isTrue();
        assertThat(r.rua()).containsExactly("mailto:agg@example.com", "mailto:x@example.net");
        assertThat(r.ruf()).containsExactly("mailto:f@example.com");
        assertThat(r.policyImplied()).isFalse();
    }

    @Test
    void defaults() {
        DmarcRecord r = valid("v=DMARC1; p=none");
        assertThat(r.strictDkim()).isFalse();
        assertThat(r.strictSpf()).isFalse();
        assertThat(r.pct()).isEqualTo(100);
        assertThat(r.psd()).isEqualTo(DmarcRecord.Psd.U);
        assertThat(r.testing()).isFalse();
        assertThat(r.effectiveSubdomainPolicy()).isEqualTo(DmarcPolicy.NONE);
        assertThat(r.effectiveNonExistentPolicy()).isEqualTo(DmarcPolicy.NONE);
    }

    @Test
    void valuesAndTagNamesAreCaseInsensitiveAndWspAllowedAroundEquals() {
        DmarcRecord r = valid("v = DMARC1 ; P = Reject ; ADKIM=S; sp=QUARANTINE");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.strictDkim()).isTrue();
        assertThat(r.effectiveNonExistentPolicy()).isEqualTo(DmarcPolicy.QUARANTINE);
    }

    @Test
    void versionMustBeFirstAndExact() {
        assertThat(DmarcRecord.parse("p=reject; v=DMARC1").status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse("v=dmarc1; p=reject").status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse("v=DMARC1x; p=reject").status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse("v=spf1 -all").status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse("").status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse(null).status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
        assertThat(DmarcRecord.parse("v=DMARC1").status()).isEqualTo(DmarcRecord.Status.NO_POLICY);
    }

    @Test
    void invalidPolicyWithValidRuaIsPNone() {
        DmarcRecord r = valid("v=DMARC1; p=bogus; rua=mailto:d@example.com");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.NONE);
        assertThat(r.policyImplied()).isTrue();
        DmarcRecord missing = valid("v=DMARC1; rua=mailto:d@example.com");
        assertThat(missing.policy()).isEqualTo(DmarcPolicy.NONE);
    }

    @Test
    void invalidPolicyWithoutUsableRuaMeansNoProcessing() {
        DmarcRecord.Parsed p = DmarcRecord.parse("v=DMARC1; p=bogus; rua=not a uri");
        assertThat(p.status()).isEqualTo(DmarcRecord.Status.NO_POLICY);
        assertThat(p.reason()).contains("invalid p=bogus");
        assertThat(DmarcRecord.parse("v=DMARC1; adkim=s").status()).isEqualTo(DmarcRecord.Status.NO_POLICY);
        // invalid sp counts like invalid p (RFC 7489 §6.6.3 step 6)
        assertThat(DmarcRecord.parse("v=DMARC1; p=reject; sp=maybe").status()).isEqualTo(DmarcRecord.Status.NO_POLICY);
    }

    @Test
    void duplicateTagsFirstWinsUnknownIgnoredBadValuesDefault() {
        DmarcRecord r = valid("v=DMARC1; p=reject; p=none; foo=bar; adkim=x; pct=250; psd=maybe; ;junk");
        assertThat(r.policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(r.strictDkim()).isFalse();
        assertThat(r.pct()).isEqualTo(100);
        assertThat(r.pctPresent()).isFalse();
        assertThat(r.psd()).isEqualTo(DmarcRecord.Psd.U);
    }

    @Test
    void hugeRecordRejectedWithoutWork() {
        String huge = "v=DMARC1; p=reject; " + "x=y; ".repeat(5000);
        assertThat(DmarcRecord.parse(huge).status()).isEqualTo(DmarcRecord.Status.NOT_DMARC);
    }
}
