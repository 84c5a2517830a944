package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.spoofguard.smtp.auth.AuthTestSupport.BAD_IP;
import static org.spoofguard.smtp.auth.AuthTestSupport.GOOD_IP;
import static org.spoofguard.smtp.auth.AuthTestSupport.authentication;
import static org.spoofguard.smtp.auth.AuthTestSupport.config;
import static org.spoofguard.smtp.auth.AuthTestSupport.session;
import static org.spoofguard.smtp.auth.AuthTestSupport.stranger;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.james.SenderAuthentication;

class SpfHookTest {
    final AuthTestSupport.MapDns dns = AuthTestSupport.dns();
    final RecordingMetricFactory metrics = new RecordingMetricFactory();

    SpfHook hook(String policy) throws ConfigurationException {
        return hook(authentication(dns), policy);
    }

    SpfHook hook(SenderAuthentication authentication, String policy) throws ConfigurationException {
        SpfHook hook = new SpfHook(authentication, metrics);
        hook.init(config(policy == null ? null : "spfPolicy", policy));
        return hook;
    }

    static MaybeSender sender(String address) throws Exception {
        return MaybeSender.of(new MailAddress(address));
    }

    static void assertRefused(HookResult r, String code, String descriptionStart) {
        assertThat(r.getSmtpRetCode()).isEqualTo(code);
        assertThat(r.getSmtpDescription()).startsWith(descriptionStart);
        assertThat(r.getResult().getAction())
            .isEqualTo(code.startsWith("5") ? HookReturnCode.Action.DENY : HookReturnCode.Action.DENYSOFT);
    }

    static SmtpIdentity.SpfAtMailFrom recorded(SMTPSession s) {
        return s.getAttachment(SmtpIdentity.SPF, ProtocolSession.State.Transaction).orElseThrow();
    }

    @Test
    void defaultPolicyIsRecordAndAcceptsAFailButRecordsIt() throws Exception {
        SpfHook hook = hook(null);
        assertThat(hook.policy()).isEqualTo(SpfHook.Policy.RECORD);
        SMTPSession s = stranger(BAD_IP, "mx.fail.test");
        assertThat(hook.doMail(s, sender("joe@fail.test"))).isEqualTo(HookResult.DECLINED);
        SmtpIdentity.SpfAtMailFrom spf = recorded(s);
        assertThat(spf.clientIp()).isEqualTo(BAD_IP);
        assertThat(spf.helo()).isEqualTo("mx.fail.test");
        assertThat(spf.mailFrom()).isEqualTo("joe@fail.test");
        assertThat(spf.spf().mailFrom().result().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(spf.spf().helo().result().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(metrics.countFor("spoofguard_spf_fail")).isEqualTo(1);
    }

    @Test
    void rejectPolicyRefusesFailWith550QuotingTheExplanation() throws Exception {
        HookResult r = hook("reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@fail.test"));
        assertRefused(r, "550", "5.7.23 fail.test never sends mail from " + BAD_IP);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isZero();
    }

    @Test
    void explanationWithLineBreaksNeverReachesTheReply() throws Exception {
        HookResult r = hook("reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@crlf.test"));
        assertThat(r.getSmtpRetCode()).isEqualTo("550");
        assertThat(r.getSmtpDescription()).startsWith("5.7.23 ").doesNotContain("\r").doesNotContain("\n")
            .doesNotContain("250 Injected");
    }

    @Test
    void sanitizeKeepsPrintableAsciiOnlyAndBoundsTheText() {
        assertThat(SpfHook.sanitize("a\r\n250 ok\u00e9\u0000b")).isEqualTo("a  250 ok  b");
        assertThat(SpfHook.sanitize("x".repeat(5000))).hasSize(200);
    }

    @Test
    void failWithoutExplanationNamesTheSender() throws Exception {
        HookResult r = hook("reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@noexp.test"));
        assertRefused(r, "550", "5.7.23 SPF fail: joe@noexp.test does not designate");
    }

    @Test
    void passIsAccepted() throws Exception {
        SMTPSession s = stranger(GOOD_IP, "mx.pass.test");
        assertThat(hook("reject").doMail(s, sender("alice@pass.test"))).isEqualTo(HookResult.DECLINED);
        assertThat(recorded(s).spf().mailFrom().result().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(metrics.countFor("spoofguard_spf_pass")).isEqualTo(1);
    }

    @Test
    void temperrorIs451() throws Exception {
        HookResult r = hook("reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@slow.test"));
        assertRefused(r, "451", "4.7.24 SPF temporary error for slow.test");
        assertThat(metrics.countFor("spoofguard_spf_temperror")).isEqualTo(1);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"joe@softfail.test", "joe@neutral.test", "joe@nothing.test", "joe@perm.test"})
    void softfailNeutralNoneAndPermerrorAreNeverRefused(String from) throws Exception {
        SMTPSession s = stranger(BAD_IP, "mx.fail.test");
        assertThat(hook("reject").doMail(s, sender(from))).isEqualTo(HookResult.DECLINED);
        SpfResultCode expected = switch (from) {
            case "joe@softfail.test" -> SpfResultCode.SOFTFAIL;
            case "joe@neutral.test" -> SpfResultCode.NEUTRAL;
            case "joe@nothing.test" -> SpfResultCode.NONE;
            default -> SpfResultCode.PERMERROR;
        };
        assertThat(recorded(s).spf().mailFrom().result().result()).isEqualTo(expected);
    }

    @Test
    void authenticatedAndRelayingSessionsAreNeverRefused() throws Exception {
        SpfHook hook = hook("reject");
        SMTPSession authed = session(BAD_IP, "mx.fail.test", Username.of("alice@receiver.test"), false);
        SMTPSession relay = session(BAD_IP, "mx.fail.test", null, true);
        assertThat(hook.doMail(authed, sender("joe@fail.test"))).isEqualTo(HookResult.DECLINED);
        assertThat(hook.doMail(relay, sender("joe@slow.test"))).isEqualTo(HookResult.DECLINED);
        // still computed and recorded: the verdict is written into the mail all the same
        assertThat(recorded(authed).spf().mailFrom().result().result()).isEqualTo(SpfResultCode.FAIL);
    }

    @Test
    void nullSenderIsCheckedAsPostmasterAtHelo() throws Exception {
        SMTPSession s = stranger(BAD_IP, "mx.fail.test");
        HookResult r = hook("reject").doMail(s, MaybeSender.nullSender());
        assertRefused(r, "550", "5.7.23 SPF fail: postmaster@mx.fail.test");
        assertThat(recorded(s).spf().mailFrom().result().sender()).isEqualTo("postmaster@mx.fail.test");
        assertThat(recorded(s).mailFrom()).isEmpty();

        SMTPSession good = stranger(GOOD_IP, "mx.pass.test");
        assertThat(hook("reject").doMail(good, MaybeSender.nullSender())).isEqualTo(HookResult.DECLINED);
        assertThat(recorded(good).spf().mailFrom().result().result()).isEqualTo(SpfResultCode.PASS);
    }

    @Test
    void ourResolverBugIsDeclinedAndCountedNeverA4xx() throws Exception {
        dns.explode = true;
        HookResult r = hook("reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@fail.test"));
        assertThat(r).isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
    }

    @Test
    void ourExceptionIsDeclinedAndCounted() throws Exception {
        SenderAuthentication broken = mock(SenderAuthentication.class);
        when(broken.authenticator()).thenThrow(new IllegalStateException("bug"));
        HookResult r = hook(broken, "reject").doMail(stranger(BAD_IP, "mx.fail.test"), sender("joe@fail.test"));
        assertThat(r).isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
    }

    @Test
    void unknownClientAddressIsOurProblemNotTheSenders() throws Exception {
        SMTPSession s = stranger(BAD_IP, "mx.fail.test");
        when(s.getRemoteAddress()).thenReturn(null);
        assertThat(hook("reject").doMail(s, sender("joe@fail.test"))).isEqualTo(HookResult.DECLINED);
        assertThat(metrics.countFor(SpfHook.ERRORS)).isEqualTo(1);
    }

    @Test
    void policyIsParsedCaseInsensitivelyAndBadValuesNameTheKey() throws Exception {
        assertThat(hook(" REJECT ").policy()).isEqualTo(SpfHook.Policy.REJECT);
        assertThatThrownBy(() -> hook("drop"))
            .isInstanceOf(ConfigurationException.class)
            .hasMessageContaining("spfPolicy").hasMessageContaining("drop")
            .hasMessageContaining(" / SpfHook: spfPolicy skal være record eller reject, ikke 'drop'");
    }
}
