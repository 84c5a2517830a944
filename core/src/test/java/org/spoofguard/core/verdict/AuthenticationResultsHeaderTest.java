package org.spoofguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

class AuthenticationResultsHeaderTest {
    private static final String ID = "mx.spoofguard.example";

    static SenderVerdict sample() {
        return new SenderVerdict("192.0.2.10", "mail.example.com", "bounce+x=y@example.com",
                new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "example.com", "bounce+x=y@example.com",
                        "matched ip4:192.0.2.0/24 \"quoted\" \\ back; semi"),
                new SpfResult(SpfResultCode.NEUTRAL, SpfResult.HELO, "mail.example.com", "postmaster@mail.example.com", "?all"),
                List.of(new DkimResult(DkimResultCode.PASS, "example.com", "s2024", "rsa-sha256", "good signature"),
                        new DkimResult(DkimResultCode.FAIL, "esp.example.net", "k1", "ed25519-sha256", "body hash mismatch")),
                new DmarcResult(DmarcResultCode.PASS, "example.com", "example.com", DmarcPolicy.REJECT, true, true,
                        "pass: SPF and DKIM aligned (t=y)"));
    }

    @Test
    void roundTripPreservesEverything() {
        SenderVerdict v = sample();
        String header = AuthenticationResultsHeader.format(v, ID);
        assertThat(header).startsWith(ID + " ").doesNotContain("\r", "\n")
                .contains("spf=pass").contains("smtp.mailfrom=\"bounce+x=y@example.com\"")
                .contains("spf=neutral").contains("smtp.helo=mail.example.com")
                .contains("dkim=pass").contains("header.d=example.com header.s=s2024 header.a=rsa-sha256")
                .contains("dkim=fail").contains("dmarc=pass").contains("policy.dmarc=reject header.from=example.com")
                .contains("reason=\"matched ip4:192.0.2.0/24 \\\"quoted\\\" \\\\ back; semi\"");
        assertThat(AuthenticationResultsHeader.parse(header, ID)).contains(v);
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.formatFolded(v, ID), ID)).contains(v);
    }

    @Test
    void roundTripNullSenderUnsignedFailures() {
        SenderVerdict v = new SenderVerdict("2001:db8::1", "", "",
                new SpfResult(SpfResultCode.NONE, SpfResult.MAILFROM, "", "", ""),
                new SpfResult(SpfResultCode.TEMPERROR, SpfResult.HELO, "", "", "DNS timeout"),
                List.of(),
                new DmarcResult(DmarcResultCode.PERMERROR, "", "", DmarcPolicy.NONE, false, false, "2 From headers"));
        String header = AuthenticationResultsHeader.format(v, ID);
        assertThat(header).contains("dkim=none").contains("dmarc=permerror");
        assertThat(AuthenticationResultsHeader.parse(header, ID)).contains(v);

        SenderVerdict bounce = new SenderVerdict("192.0.2.1", "mx.example.org", "",
                new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "mx.example.org", "postmaster@mx.example.org", "-all"),
                new SpfResult(SpfResultCode.FAIL, SpfResult.HELO, "mx.example.org", "postmaster@mx.example.org", "-all"),
                List.of(new DkimResult(DkimResultCode.TEMPERROR, "Example.ORG", "", "", "key lookup timed out")),
                new DmarcResult(DmarcResultCode.FAIL, "example.org", "example.org", DmarcPolicy.QUARANTINE, false, false, "no aligned pass"));
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(bounce, ID), ID)).contains(bounce);
    }

    @Test
    void nonAsciiAndControlCharactersInReasonsAreNeutralised() {
        SenderVerdict base = sample();
        SenderVerdict v = new SenderVerdict(base.clientIp(), "evil\r\nX-Injected: 1", "a@example.com",
                new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "example.com", "a@example.com", "bad\r\nX-Evil: yes\u0000 ø"),
                base.spfHelo(), base.dkim(), base.dmarc());
        String header = AuthenticationResultsHeader.formatFolded(v, ID);
        // the only line breaks are our own folds, each followed by a TAB
        assertThat(header.replace("\r\n\t", "")).doesNotContain("\r", "\n", "\u0000");
        Optional<SenderVerdict> back = AuthenticationResultsHeader.parse(header, ID);
        assertThat(back).isPresent();
        assertThat(back.get().helo()).isEqualTo("evil\r\nX-Injected: 1"); // carried %-encoded
        assertThat(back.get().spfMailFrom().reason()).isEqualTo("bad  X-Evil: yes? ?".replace("  ", "??"));
    }

    @Test
    void rfcSectionSignsInOurReasonsStayReadable() {
        SenderVerdict base = sample();
        SenderVerdict v = new SenderVerdict(base.clientIp(), base.helo(), base.mailFrom(),
                new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "vm", "postmaster@vm", "'vm' is not a FQDN (RFC 7208 \u00a74.3)"),
                base.spfHelo(), base.dkim(), base.dmarc());
        assertThat(AuthenticationResultsHeader.format(v, ID)).contains("(RFC 7208 section 4.3)").doesNotContain("?4.3");
    }

    @Test
    void longReasonsAreBounded() {
        SenderVerdict base = sample();
        SenderVerdict v = new SenderVerdict(base.clientIp(), base.helo(), base.mailFrom(),
                new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "example.com", "bounce+x=y@example.com", "x".repeat(10_000)),
                base.spfHelo(), base.dkim(), base.dmarc());
        String header = AuthenticationResultsHeader.format(v, ID);
        assertThat(header.length()).isLessThan(1500);
        assertThat(AuthenticationResultsHeader.parse(header, ID).orElseThrow().spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
    }

    @Test
    void parsesForeignStyleHeaderWithOurIdCommentsAndFolding() {
        String value = " (our border) MX.SpoofGuard.Example. 1 (x);\r\n\tspf=pass (sender SPF authorized)\r\n"
                + "  smtp.mailfrom=\"john doe\"@example.com;\r\n dkim = pass (2048-bit key) header.i=@example.com"
                + " header.d=example.com header.s=sel1;\tdkim=neutral (no key) header.d=example.net;"
                + " dmarc=fail (p=REJECT sp=NONE dis=QUARANTINE) header.from=example.com; iprev=pass policy.iprev=192.0.2.1;";
        SenderVerdict v = AuthenticationResultsHeader.parse(value, ID).orElseThrow();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(v.spfMailFrom().sender()).isEqualTo("\"john doe\"@example.com");
        assertThat(v.spfMailFrom().domain()).isEqualTo("example.com");
        assertThat(v.spfHelo().result()).isEqualTo(SpfResultCode.NONE);
        assertThat(v.dkim()).extracting(DkimResult::result).containsExactly(DkimResultCode.PASS, DkimResultCode.NEUTRAL);
        assertThat(v.dkim().get(0).selector()).isEqualTo("sel1");
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(v.dmarc().fromDomain()).isEqualTo("example.com");
    }

    @Test
    void otherAuthservIdsAreNotParsed() {
        String header = AuthenticationResultsHeader.format(sample(), "mx.attacker.test");
        assertThat(AuthenticationResultsHeader.parse(header, ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(sample(), ID + ".attacker.test"), ID)).isEmpty();
    }

    @Test
    void hostileAndGarbageHeadersNeverThrow() {
        List<String> garbage = List.of("", " ", ";", ID, ID + ";", ID + "; none", ID + " none",
                ID + "; spf=pass", // no dmarc
                ID + "; dmarc=pass header.from=example.com", // no spf
                ID + "; spf=pass smtp.mailfrom=a@b.c; spf=fail smtp.mailfrom=x@y.z; dmarc=pass",
                ID + "; spf=pass smtp.mailfrom=a@b.c; dmarc=pass; dmarc=fail",
                ID + "; spf=excellent smtp.mailfrom=a@b.c; dmarc=pass",
                ID + "; spf=pass smtp.mailfrom=a@b.c; dmarc=pass policy.dmarc=explode",
                ID + "; spf=pass smtp.mailfrom=a@b.c; dmarc=pass reason=\"unterminated",
                ID + " (unterminated comment; spf=pass smtp.mailfrom=a@b.c; dmarc=pass",
                ID + "; spf=pass smtp.mailfrom=a@b.c) ; dmarc=pass",
                ID + "; spf==pass; dmarc=pass",
                ID + "; spf=pass smtp.mailfrom; dmarc=pass",
                ID + "; =pass; dmarc=pass",
                ID + " garbage words; spf=pass smtp.mailfrom=a@b.c; dmarc=pass",
                ID + " (" + "(".repeat(5000) + ")".repeat(5000) + "); spf=pass smtp.mailfrom=a@b.c; dmarc=pass",
                ID + "; " + "dkim=pass header.d=x.example; ".repeat(5000) + "spf=pass smtp.mailfrom=a@b.c; dmarc=pass",
                ID + " (spoofguard client-ip=%ZZ helo=%); spf=pass smtp.mailfrom=a@b.c; dmarc=pass",
                "\u0000\uFFFF\uD800" + ID);
        for (String g : garbage) {
            assertThat(AuthenticationResultsHeader.parse(g, ID)).as(g.length() > 200 ? g.substring(0, 200) : g).isEmpty();
        }
        assertThat(AuthenticationResultsHeader.parse(null, ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(sample(), ID), null)).isEmpty();
    }

    @Test
    void minimalValidHeaderParses() {
        SenderVerdict v = AuthenticationResultsHeader.parse(ID + "; spf=hardfail smtp.mailfrom=a@b.example; dmarc=none", ID)
                .orElseThrow();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(v.mailFrom()).isEqualTo("a@b.example");
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.NONE);
        assertThat(v.dkim()).isEmpty();
    }

    @Test
    void isOursFindsForgedClaims() {
        assertThat(AuthenticationResultsHeader.isOurs(ID + "; spf=pass", ID)).isTrue();
        assertThat(AuthenticationResultsHeader.isOurs("  MX.SPOOFGUARD.EXAMPLE.;dmarc=pass", ID)).isTrue();
        assertThat(AuthenticationResultsHeader.isOurs("(forged)\r\n\t\"" + ID + "\" 1; dkim=pass", ID)).isTrue();
        assertThat(AuthenticationResultsHeader.isOurs(ID + " (unterminated; spf=pass", ID)).isTrue();
        assertThat(AuthenticationResultsHeader.isOurs("mx.google.com; spf=pass", ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs(ID + ".evil.test; spf=pass", ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs("mx.google.com; spf=pass smtp.mailfrom=x@" + ID, ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs(null, ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs("", ID)).isFalse();
    }

    /**
     * RFC 8601's authserv-id is a MIME token (RFC 2045 §5.1), which ends at a tspecial: a reader that splits
     * there takes "ID/1" or "ID:25" for our id, so a forged claim written that way must be deleted too.
     */
    @Test
    void isOursFindsClaimsGluedToATspecial() {
        for (String glued : new String[] {"/1", ":25", "@x", ",x", "<x>", "[1]", "?", "\\x"}) {
            assertThat(AuthenticationResultsHeader.isOurs(ID + glued + "; dkim=pass header.d=victim.example", ID))
                    .as(glued).isTrue();
        }
        assertThat(AuthenticationResultsHeader.isOurs(ID + "-evil.test; spf=pass", ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs(ID + "_x; spf=pass", ID)).isFalse();
        assertThat(AuthenticationResultsHeader.isOurs("x" + ID + "; spf=pass", ID)).isFalse();
    }

    // ------------------------------------------------------------------ RFC 8601 §2.7.4 auth resinfo

    @Test
    void smtpAuthResinfoIsWrittenAndTheVerdictRoundTripsUnchanged() {
        SenderVerdict v = sample();
        String line = AuthenticationResultsHeader.format(v, ID, "alice@example.com");
        String folded = AuthenticationResultsHeader.formatFolded(v, ID, "alice@example.com");
        assertThat(line).contains("; auth=pass smtp.auth=alice@example.com;");
        assertThat(folded).contains(";\r\n\tauth=pass smtp.auth=alice@example.com;\r\n\t");
        assertThat(AuthenticationResultsHeader.parse(line, ID)).contains(v);
        assertThat(AuthenticationResultsHeader.parse(folded, ID)).contains(v);
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(line, ID)).contains("alice@example.com");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(folded.replace("\r\n", ""), ID))
                .contains("alice@example.com");
        // without a user (anonymous or relay-allowed sessions) there is no claim at all
        assertThat(AuthenticationResultsHeader.format(v, ID, null)).isEqualTo(AuthenticationResultsHeader.format(v, ID))
                .doesNotContain("auth=");
        assertThat(AuthenticationResultsHeader.format(v, ID, "  ")).doesNotContain("auth=");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(AuthenticationResultsHeader.format(v, ID), ID)).isEmpty();
    }

    @Test
    void hostileLoginNamesCannotInjectFieldsOrResinfos() {
        SenderVerdict v = sample();
        String header = AuthenticationResultsHeader.formatFolded(v, ID, "bob\r\nX-Evil: 1; dmarc=pass \"x\"");
        assertThat(header.replace("\r\n\t", "")).doesNotContain("\r", "\n");
        assertThat(AuthenticationResultsHeader.parse(header, ID)).contains(v);
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(header, ID))
                .contains("bob??X-Evil: 1; dmarc=pass \"x\"");
        String plainLocal = AuthenticationResultsHeader.format(v, ID, "bob");
        assertThat(plainLocal).contains("auth=pass smtp.auth=bob;");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(plainLocal, ID)).contains("bob");
        String huge = AuthenticationResultsHeader.format(v, ID, "a".repeat(5000) + "@example.com");
        assertThat(huge.length()).isLessThan(AuthenticationResultsHeader.format(v, ID).length() + 300);
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(huge, ID)).hasValueSatisfying(
                u -> assertThat(u).startsWith("aaaa").endsWith("..."));
    }

    @Test
    void authenticatedSubmitterBelievesOnlyOurAuthservId() {
        String foreign = "mx.other.example; auth=pass smtp.auth=ceo@example.com; spf=pass smtp.mailfrom=ceo@example.com";
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(foreign, ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(foreign, "mx.other.example")).contains("ceo@example.com");
        // the id must be the authserv-id itself, not a mention elsewhere
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(
                "mx.other.example (via " + ID + "); auth=pass smtp.auth=ceo@example.com", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(
                "MX.SpoofGuard.Example. 1; auth=pass (plain) smtp.auth=ceo@example.com", ID)).contains("ceo@example.com");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(foreign, null)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(foreign, " ")).isEmpty();
    }

    @Test
    void aHeloTheHeaderCouldNotHaveCarriedWithoutItsResultIsNotBelieved() {
        // found by fuzzing: without an "spf=… smtp.helo=" result, the HELO name came from the comment, exact; written
        // again, the name's quoted form turned the LF into '?', so the verdict did not read back the same
        String noHeloResult = ID + " (spoofguard client-ip=192.0.2.10 helo=%s mailfrom=a@example.com); spf=pass "
                + "smtp.mailfrom=a@example.com; dkim=none; dmarc=pass (spoofguard policy-domain=example.com "
                + "aligned=spf) policy.dmarc=none";
        assertThat(AuthenticationResultsHeader.parse(String.format(noHeloResult, "mail.%0Aexample.com"), ID)).isEmpty();
        Optional<SenderVerdict> plain = AuthenticationResultsHeader.parse(String.format(noHeloResult, "mail.example.com"), ID);
        assertThat(plain).map(v -> v.spfHelo().domain()).contains("mail.example.com");
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(plain.get(), ID), ID)).isEqualTo(plain);
    }

    @Test
    void aReasonLongerThanWeWriteIsNotBelievedOneWeClippedIs() {
        // found by fuzzing: a reason past our clip was read as-is, and written again it came back clipped
        String header = ID + " (spoofguard client-ip=192.0.2.10 helo=mail.example.com mailfrom=a@example.com); "
                + "spf=pass reason=\"%s\" smtp.mailfrom=a@example.com; spf=none smtp.helo=mail.example.com; dkim=none; "
                + "dmarc=pass (spoofguard policy-domain=example.com aligned=spf) policy.dmarc=none";
        String longest = "x".repeat(AuthenticationResultsHeader.MAX_REASON_LENGTH);
        assertThat(AuthenticationResultsHeader.parse(String.format(header, longest), ID)).isPresent();
        assertThat(AuthenticationResultsHeader.parse(String.format(header, longest + "x"), ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.parse(String.format(header, longest + "xxxx"), ID)).isEmpty();
        SenderVerdict v = sample();
        SenderVerdict longReason = new SenderVerdict(v.clientIp(), v.helo(), v.mailFrom(),
                new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, "example.com", "bounce+x=y@example.com",
                        "y".repeat(1000)), v.spfHelo(), v.dkim(), v.dmarc());
        Optional<SenderVerdict> clipped = AuthenticationResultsHeader.parse(
                AuthenticationResultsHeader.format(longReason, ID), ID);
        assertThat(clipped).map(c -> c.spfMailFrom().reason()).contains(longest.replace('x', 'y') + "...");
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(clipped.get(), ID), ID))
                .isEqualTo(clipped);
    }

    @Test
    void authenticatedSubmitterNeedsAPassAndAWellFormedValue() {
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ID + "; auth=fail smtp.auth=ceo@example.com", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ID + "; auth=none", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ID + "; auth=pass", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ID + "; auth=pass smtp.auth=\"\"", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(ID + "; auth=pass smtp.mailfrom=ceo@example.com", ID)).isEmpty();
        // two different users: ambiguous, so not something we wrote
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(
                ID + "; auth=pass smtp.auth=a@example.com; auth=pass smtp.auth=b@example.com", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(
                ID + "; auth=pass smtp.auth=a@example.com; auth=pass smtp.auth=a@example.com", ID)).contains("a@example.com");
        // garbage, damaged syntax, oversize and hostile nesting: empty, never an exception
        for (String bad : new String[] {null, "", ";;;", ID, ID + "; auth=pass smtp.auth=", ID + "; auth=pass smtp.auth=\"open",
                ID + "; auth=pass (unclosed smtp.auth=a@example.com", ID + "; auth=pass smtp.auth=a@example.com)",
                ID + " (spoofguard broken); auth=pass smtp.auth=a@example.com",
                ID + "; auth=pass smtp.auth=a@example.com; " + "(".repeat(50) + ")".repeat(50),
                ID + "; auth=pass smtp.auth=a@example.com; " + "x=y ".repeat(20000),
                ID + "; auth=pass smtp.auth=a@example.com;" + " dkim=none;".repeat(100),
                "\u0000\uffff" + ID + "; auth=pass smtp.auth=a@example.com"}) {
            assertThat(AuthenticationResultsHeader.authenticatedSubmitter(bad, ID)).as(String.valueOf(bad)).isEmpty();
            assertThat(AuthenticationResultsHeader.parse(bad, ID)).isEmpty();
        }
    }

    /**
     * RFC 5322 §2.1.1: a header line has at most 998 characters. HELO and MAIL FROM are the client's (one SMTP line
     * holds 8 KiB), DKIM d=/s=/a=/i= and the From domain the message's: a forger's long ones made our own
     * Authentication-Results a line a relaying MTA may refuse or break. Values are cut (never inside a quoted-pair or
     * a %-escape), the field is folded between its words, and what we wrote still reads back as ours, with every
     * result after the long values, and writes back identically.
     */
    @Test
    void noLineOfTheFieldIsLongerThan998Characters() {
        String helo = "h".repeat(8000) + ".example";
        String local = "\"" + "a(b)\\\"".repeat(1300) + "\"";
        String from = local + "@evil.test";
        String longDomain = "d".repeat(3000) + ".test";
        SenderVerdict v = new SenderVerdict("192.0.2.7", helo, from,
                new SpfResult(SpfResultCode.FAIL, SpfResult.MAILFROM, "evil.test", from, "-all"),
                new SpfResult(SpfResultCode.NONE, SpfResult.HELO, helo, "postmaster@" + helo, ""),
                List.of(new DkimResult(DkimResultCode.FAIL, longDomain, "s".repeat(2000) + "\"", "a".repeat(900),
                        "bad", "\\".repeat(700) + "@" + longDomain, "AbCdEfGhIjKl")),
                new DmarcResult(DmarcResultCode.FAIL, longDomain, longDomain, DmarcPolicy.REJECT, false, false, "no"));
        String field = AuthenticationResultsHeader.NAME + ": "
                + AuthenticationResultsHeader.formatFolded(v, ID, "u".repeat(5000));
        for (String line : field.split("\r\n", -1)) {
            assertThat(line.length()).as("a line of the field").isLessThanOrEqualTo(998);
        }
        assertThat(field.split("\r\n")).allMatch(l -> l.startsWith("Authentication-Results: ") || l.startsWith("\t"));
        String value = field.substring(AuthenticationResultsHeader.NAME.length() + 2);
        assertThat(value.replace("\r\n\t", "")).doesNotContain("\r", "\n");
        assertThat(AuthenticationResultsHeader.isOurs(value, ID)).isTrue();
        SenderVerdict back = AuthenticationResultsHeader.parse(value, ID).orElseThrow();
        assertThat(back.dmarc().result()).isEqualTo(DmarcResultCode.FAIL);
        assertThat(back.dmarc().policy()).isEqualTo(DmarcPolicy.REJECT);
        assertThat(back.dkim()).singleElement().satisfies(d -> assertThat(d.result()).isEqualTo(DkimResultCode.FAIL));
        assertThat(back.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(back.helo()).startsWith("hhhh").endsWith("...");
        assertThat(back.dmarc().fromDomain()).startsWith("dddd").endsWith("...");
        assertThat(AuthenticationResultsHeader.authenticatedSubmitter(value, ID)).hasValueSatisfying(
                u -> assertThat(u).startsWith("uuuu").endsWith("..."));
        // what we read back, we write and read back identically (nothing is cut a second time)
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.formatFolded(back, ID), ID)).contains(back);
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(back, ID), ID)).contains(back);
        // the one-line form (admin tools) carries the same cut values
        assertThat(AuthenticationResultsHeader.parse(AuthenticationResultsHeader.format(v, ID), ID)).contains(back);
    }

    /** Parse reads only what we write: a value longer than our cut (and not cut as we cut) is not ours. */
    @Test
    void valuesLongerThanWeWriteAreNotOurs() {
        String value = ID + " (spoofguard client-ip=192.0.2.1 helo=h mailfrom=-); spf=pass smtp.mailfrom=a@b.test;"
                + " dmarc=none policy.dmarc=none header.from=";
        assertThat(AuthenticationResultsHeader.parse(value + "b.test", ID)).isPresent();
        assertThat(AuthenticationResultsHeader.parse(value + "b".repeat(5000) + ".test", ID)).isEmpty();
        assertThat(AuthenticationResultsHeader.parse(value.replace("helo=h", "helo=" + "h".repeat(5000)), ID)).isEmpty();
    }
}
