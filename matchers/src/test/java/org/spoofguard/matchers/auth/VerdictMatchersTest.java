package org.spoofguard.matchers.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;

class VerdictMatchersTest {
    static final String AUTHSERV = "mx.ours.example";
    static final String RCPT = "bob@ours.example";

    final SpoofGuardSettings settings = new SpoofGuardSettings(Map.of("authservId", AUTHSERV));

    static SenderVerdict verdict(String mailFrom, SpfResultCode spf, SpfResultCode helo, DkimResultCode dkim,
                                 String dkimDomain, DmarcResultCode dmarc, DmarcPolicy policy) {
        String domain = mailFrom.isEmpty() ? "mx.sender.example" : mailFrom.substring(mailFrom.indexOf('@') + 1);
        String sender = mailFrom.isEmpty() ? "postmaster@mx.sender.example" : mailFrom;
        List<DkimResult> d = dkim == null ? List.of() : List.of(new DkimResult(dkim, dkimDomain, "s1", "rsa-sha256", "r"));
        return new SenderVerdict("192.0.2.7", "mx.sender.example", mailFrom,
            new SpfResult(spf, SpfResult.MAILFROM, domain, sender, "r"),
            new SpfResult(helo, SpfResult.HELO, "mx.sender.example", "postmaster@mx.sender.example", "r"),
            d, new DmarcResult(dmarc, "sender.example", "sender.example", policy, false, false, "r"));
    }

    static SenderVerdict spf(SpfResultCode code) {
        return verdict("alice@sender.example", code, SpfResultCode.NONE, null, "", DmarcResultCode.NONE, DmarcPolicy.NONE);
    }

    static Mail withAttribute(SenderVerdict v) throws Exception {
        return FakeMail.builder().name("m").sender("alice@sender.example").recipient(RCPT)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("s").setText("b"))
            .attribute(new Attribute(SpoofGuardAttributes.VERDICT, AttributeValue.of(VerdictRecordCodec.encode(new VerdictRecord(v)))))
            .build();
    }

    /** Our record header, as SenderVerdictHook writes it (what survives LocalDelivery's failure mails). */
    static Mail withHeader(SenderVerdict v, String authservId) throws Exception {
        return withRawHeader(SpoofGuardAttributes.RECORD_HEADER, VerdictRecordCodec.encode(new VerdictRecord(v)));
    }

    static Mail withRawHeader(String name, String value) throws Exception {
        return FakeMail.builder().name("m").sender("alice@sender.example").recipient(RCPT)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("s").setText("b").addHeader(name, value))
            .build();
    }

    static <T extends GenericMatcher> T init(T matcher, String condition) throws MessagingException {
        matcher.init(FakeMatcherConfig.builder().matcherName(matcher.getClass().getSimpleName())
            .condition(condition).mailetContext(FakeMailContext.defaultContext()).build());
        return matcher;
    }

    static boolean matches(GenericMatcher m, Mail mail) throws MessagingException {
        return m.match(mail).contains(asAddress(RCPT));
    }

    static MailAddress asAddress(String s) {
        try {
            return new MailAddress(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void spfResultIsMatchesListedMailFromResultsFromTheAttribute() throws Exception {
        SpfResultIs m = init(new SpfResultIs(settings), "Fail, SOFTFAIL");
        assertThat(m.match(withAttribute(spf(SpfResultCode.FAIL)))).containsExactly(asAddress(RCPT));
        assertThat(matches(m, withAttribute(spf(SpfResultCode.SOFTFAIL)))).isTrue();
        assertThat(matches(m, withAttribute(spf(SpfResultCode.PASS)))).isFalse();
        assertThat(matches(m, withAttribute(spf(SpfResultCode.NEUTRAL)))).isFalse();
    }

    @Test
    void spfResultIsHeloPrefixChecksTheHeloIdentityOnly() throws Exception {
        SpfResultIs helo = init(new SpfResultIs(settings), "helo:fail");
        SenderVerdict heloFail = verdict("alice@sender.example", SpfResultCode.PASS, SpfResultCode.FAIL, null, "",
            DmarcResultCode.NONE, DmarcPolicy.NONE);
        assertThat(matches(helo, withAttribute(heloFail))).isTrue();
        assertThat(matches(helo, withAttribute(spf(SpfResultCode.FAIL)))).isFalse();
        SpfResultIs mailFrom = init(new SpfResultIs(settings), "mailfrom:fail");
        assertThat(matches(mailFrom, withAttribute(heloFail))).isFalse();
        assertThat(matches(mailFrom, withAttribute(spf(SpfResultCode.FAIL)))).isTrue();
    }

    /** "SenderIsAuthenticated=spf" reads like a narrower rule but was ignored: it matched on the whole proof. */
    @Test
    void senderIsAuthenticatedRefusesAConditionNamingIt() throws MessagingException {
        assertThatThrownBy(() -> init(new SenderIsAuthenticated(settings), "spf"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("SenderIsAuthenticated")
            .hasMessageContaining("no condition").hasMessageContaining("'spf'")
            .hasMessageContaining(" / SenderIsAuthenticated: kan ikke have en betingelse, men har 'spf'");
        init(new SenderIsAuthenticated(settings), " ");
    }

    @Test
    void badConditionsAreRefusedNamingTheToken() {
        assertThatThrownBy(() -> init(new SpfResultIs(settings), "fail,fial"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("'fial'").hasMessageContaining("ukendt SPF-resultat 'fial'");
        assertThatThrownBy(() -> init(new SpfResultIs(settings), "helo:bogus"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("'bogus'");
        assertThatThrownBy(() -> init(new DkimResultIs(settings), "passed"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("'passed'");
        assertThatThrownBy(() -> init(new DmarcResultIs(settings), "fail,policy:drop"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("policy:drop");
        assertThatThrownBy(() -> init(new DmarcResultIs(settings), "policy:reject"))
            .isInstanceOf(MessagingException.class).hasMessageContaining("result keyword")
            .hasMessageContaining(" / DmarcResultIs: mindst ét resultatnøgleord skal angives");
        assertThatThrownBy(() -> init(new SpfResultIs(settings), ""))
            .isInstanceOf(MessagingException.class).hasMessageContaining("SpfResultIs").hasMessageContaining("condition");
        assertThatThrownBy(() -> init(new DkimResultIs(settings), null))
            .isInstanceOf(MessagingException.class).hasMessageContaining("DkimResultIs");
    }

    @Test
    void fallsBackToOurTrustedHeaderWhenTheAttributeIsGone() throws Exception {
        SpfResultIs m = init(new SpfResultIs(settings), "fail");
        assertThat(matches(m, withHeader(spf(SpfResultCode.FAIL), AUTHSERV))).isTrue();
        assertThat(matches(m, withHeader(spf(SpfResultCode.PASS), AUTHSERV))).isFalse();
    }

    @Test
    void authenticationResultsAreOutputOnlyNeverReadBackEvenWithOurId() throws Exception {
        SpfResultIs fail = init(new SpfResultIs(settings), "fail");
        DmarcResultIs dmarcPass = init(new DmarcResultIs(settings), "pass");
        SenderIsAuthenticated proven = init(new SenderIsAuthenticated(settings), null);
        SenderVerdict forgedPass = verdict("alice@sender.example", SpfResultCode.PASS, SpfResultCode.PASS,
            DkimResultCode.PASS, "sender.example", DmarcResultCode.PASS, DmarcPolicy.REJECT);
        for (String id : new String[] {"mx.elsewhere.example", AUTHSERV}) {
            Mail mail = withRawHeader(AuthenticationResultsHeader.NAME, AuthenticationResultsHeader.format(forgedPass, id));
            assertThat(matches(proven, mail)).isFalse();
            assertThat(matches(dmarcPass, mail)).isFalse();
            assertThat(matches(fail, withRawHeader(AuthenticationResultsHeader.NAME,
                AuthenticationResultsHeader.format(spf(SpfResultCode.FAIL), id)))).isFalse();
        }
    }

    @Test
    void anUnreadableRecordIsUnauthenticatedWithAnErrorNotNoInformation() throws Exception {
        SenderIsAuthenticated proven = init(new SenderIsAuthenticated(settings), null);
        SpfResultIs temperror = init(new SpfResultIs(settings), "temperror");
        DmarcResultIs dmarcTemperror = init(new DmarcResultIs(settings), "temperror");
        Mail mail = withRawHeader(SpoofGuardAttributes.RECORD_HEADER, "v=1; garbage");
        assertThat(matches(proven, mail)).isFalse();
        assertThat(matches(temperror, mail)).isTrue();
        assertThat(matches(dmarcTemperror, mail)).isTrue();
        // an SPF pass in a record whose checks did not finish proves nothing
        Mail incomplete = withAttribute(spf(SpfResultCode.PASS));
        incomplete.setAttribute(new Attribute(SpoofGuardAttributes.VERDICT, AttributeValue.of(VerdictRecordCodec.encode(
            new VerdictRecord(spf(SpfResultCode.PASS), "", java.util.List.of("DKIM time budget"))))));
        assertThat(matches(proven, incomplete)).isFalse();
        assertThat(matches(proven, withAttribute(spf(SpfResultCode.PASS)))).isTrue();
    }

    @Test
    void theAttributeWinsOverAHeader() throws Exception {
        SpfResultIs fail = init(new SpfResultIs(settings), "fail");
        Mail mail = withHeader(spf(SpfResultCode.PASS), AUTHSERV);
        mail.setAttribute(new Attribute(SpoofGuardAttributes.VERDICT,
            AttributeValue.of(VerdictRecordCodec.encode(new VerdictRecord(spf(SpfResultCode.FAIL))))));
        assertThat(matches(fail, mail)).isTrue();
    }

    @Test
    void aMailWithoutVerdictMatchesNothingNotEvenNone() throws Exception {
        Mail mail = FakeMail.builder().name("m").recipient(RCPT)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("s").setText("b")).build();
        assertThat(matches(init(new SpfResultIs(settings), "none"), mail)).isFalse();
        assertThat(matches(init(new DkimResultIs(settings), "none"), mail)).isFalse();
        assertThat(matches(init(new DmarcResultIs(settings), "none"), mail)).isFalse();
    }

    @Test
    void dkimResultIsUsesTheBestSignature() throws Exception {
        DkimResultIs pass = init(new DkimResultIs(settings), "pass");
        DkimResultIs fail = init(new DkimResultIs(settings), "fail");
        DkimResultIs none = init(new DkimResultIs(settings), "none");
        SenderVerdict signedOk = verdict("alice@sender.example", SpfResultCode.NONE, SpfResultCode.NONE,
            DkimResultCode.PASS, "sender.example", DmarcResultCode.PASS, DmarcPolicy.NONE);
        SenderVerdict broken = verdict("alice@sender.example", SpfResultCode.NONE, SpfResultCode.NONE,
            DkimResultCode.FAIL, "sender.example", DmarcResultCode.FAIL, DmarcPolicy.NONE);
        assertThat(matches(pass, withAttribute(signedOk))).isTrue();
        assertThat(matches(fail, withAttribute(signedOk))).isFalse();
        assertThat(matches(fail, withAttribute(broken))).isTrue();
        assertThat(matches(none, withAttribute(spf(SpfResultCode.PASS)))).isTrue();
        assertThat(matches(none, withAttribute(broken))).isFalse();
    }

    @Test
    void dmarcResultIsWithPolicyRequiresBoth() throws Exception {
        DmarcResultIs failReject = init(new DmarcResultIs(settings), "fail,policy:reject");
        DmarcResultIs fail = init(new DmarcResultIs(settings), "fail");
        SenderVerdict rejectFail = verdict("alice@sender.example", SpfResultCode.FAIL, SpfResultCode.NONE, null, "",
            DmarcResultCode.FAIL, DmarcPolicy.REJECT);
        SenderVerdict quarantineFail = verdict("alice@sender.example", SpfResultCode.FAIL, SpfResultCode.NONE, null, "",
            DmarcResultCode.FAIL, DmarcPolicy.QUARANTINE);
        SenderVerdict rejectPass = verdict("alice@sender.example", SpfResultCode.PASS, SpfResultCode.NONE, null, "",
            DmarcResultCode.PASS, DmarcPolicy.REJECT);
        assertThat(matches(failReject, withAttribute(rejectFail))).isTrue();
        assertThat(matches(failReject, withAttribute(quarantineFail))).isFalse();
        assertThat(matches(failReject, withAttribute(rejectPass))).isFalse();
        assertThat(matches(fail, withAttribute(quarantineFail))).isTrue();
    }

    @Test
    void senderIsAuthenticatedNeedsSpfPassOrAlignedDkimAndNeverForTheNullSender() throws Exception {
        SenderIsAuthenticated m = init(new SenderIsAuthenticated(settings), null);
        assertThat(matches(m, withAttribute(spf(SpfResultCode.PASS)))).isTrue();
        assertThat(matches(m, withAttribute(spf(SpfResultCode.SOFTFAIL)))).isFalse();
        SenderVerdict alignedDkim = verdict("alice@sender.example", SpfResultCode.NEUTRAL, SpfResultCode.NONE,
            DkimResultCode.PASS, "mail.sender.example", DmarcResultCode.PASS, DmarcPolicy.NONE);
        // nor its softfail ("~all"): the replayed newsletter of a domain that signs everything
        SenderVerdict replayedSoftfail = verdict("alice@sender.example", SpfResultCode.SOFTFAIL, SpfResultCode.NONE,
            DkimResultCode.PASS, "mail.sender.example", DmarcResultCode.PASS, DmarcPolicy.NONE);
        assertThat(matches(m, withAttribute(replayedSoftfail))).isFalse();
        SenderVerdict foreignDkim = verdict("alice@sender.example", SpfResultCode.SOFTFAIL, SpfResultCode.NONE,
            DkimResultCode.PASS, "esp.example", DmarcResultCode.FAIL, DmarcPolicy.NONE);
        // a replayed signature does not overrule the domain's own SPF fail for the return path
        SenderVerdict replayed = verdict("alice@sender.example", SpfResultCode.FAIL, SpfResultCode.NONE,
            DkimResultCode.PASS, "mail.sender.example", DmarcResultCode.PASS, DmarcPolicy.NONE);
        assertThat(matches(m, withAttribute(alignedDkim))).isTrue();
        assertThat(matches(m, withAttribute(foreignDkim))).isFalse();
        assertThat(matches(m, withAttribute(replayed))).isFalse();
        SenderVerdict nullSenderPass = verdict("", SpfResultCode.PASS, SpfResultCode.PASS, null, "",
            DmarcResultCode.NONE, DmarcPolicy.NONE);
        assertThat(matches(m, withAttribute(nullSenderPass))).isFalse();
    }
}
