package org.spoofguard.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MaybeSender;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSpaceHookTest {
    @TempDir
    Path data;

    private StorageSpaceHook hook(String reserve) throws Exception {
        FileSystem fileSystem = mock(FileSystem.class);
        File base = data.toFile();
        when(fileSystem.getBasedir()).thenReturn(base);
        StorageSpaceHook hook = new StorageSpaceHook(fileSystem, new RecordingMetricFactory());
        BaseHierarchicalConfiguration config = new BaseHierarchicalConfiguration();
        if (reserve != null) {
            config.addProperty("reserve", reserve);
        }
        hook.init(config);
        return hook;
    }

    private static SMTPSession session(Integer declaredSize) {
        SMTPSession session = mock(SMTPSession.class);
        when(session.getRemoteAddress()).thenReturn(new InetSocketAddress("192.0.2.1", 40000));
        when(session.getAttachment(any(), any())).thenReturn(Optional.empty());
        when(session.getAttachment(DeclaredSize.KEY, ProtocolSession.State.Transaction))
            .thenReturn(Optional.ofNullable(declaredSize));
        return session;
    }

    @Test
    void plentyOfSpaceDeclines() throws Exception {
        assertThat(hook("1K").doMail(session(null), MaybeSender.nullSender())).isEqualTo(HookResult.DECLINED);
    }

    @Test
    void reserveAboveTheFreeSpaceRefusesWith452() throws Exception {
        HookResult result = hook("100000000G").doMail(session(null), MaybeSender.nullSender());
        assertThat(result.getResult()).isEqualTo(HookReturnCode.denySoft());
        assertThat(result.getSmtpRetCode()).isEqualTo("452");
        assertThat(result.getSmtpDescription()).startsWith("4.3.1 ");
    }

    @Test
    void declaredSizeThatDoesNotFitRefuses() throws Exception {
        long free = data.toFile().getUsableSpace();
        assertThat(hook("1K").doMail(session((int) Math.min(Integer.MAX_VALUE, free / 2)), MaybeSender.nullSender()))
            .isEqualTo(HookResult.DECLINED);
        // a declared size bigger than the disk can never fit
        StorageSpaceHook strict = hook(Math.max(1, free / 1024 / 1024 - 1) + "M");
        assertThat(strict.doMail(session(Integer.MAX_VALUE), MaybeSender.nullSender()).getSmtpRetCode()).isEqualTo("452");
    }

    @Test
    void badReserveFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> hook("lots")).isInstanceOf(ConfigurationException.class).hasMessageContaining("reserve");
    }

    /** The size grammar of every SpoofGuard setting (ByteSize), not James's Size: a wrapped overflow is no reserve. */
    @Test
    void reserveUsesTheSpoofGuardSizeGrammar() throws Exception {
        assertThat(hook("100m").doMail(session(null), MaybeSender.nullSender())).isEqualTo(HookResult.DECLINED);
        assertThat(hook("1KB").doMail(session(null), MaybeSender.nullSender())).isEqualTo(HookResult.DECLINED);
        for (String bad : new String[] {"17179869184G", "1.5M", "-1", "+1M", "UNLIMITED"}) {
            assertThatThrownBy(() -> hook(bad)).as(bad).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("reserve").hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void badReserveIsRefusedInEnglishThenDanishNamingTheHookAndKeyInBoth() {
        assertThatThrownBy(() -> hook("lots"))
            .hasMessageStartingWith("StorageSpaceHook: reserve: not a size")
            .hasMessageContaining(" / StorageSpaceHook: reserve: ikke en størrelse")
            .hasMessageNotContaining(" / reserve:");
    }
}
