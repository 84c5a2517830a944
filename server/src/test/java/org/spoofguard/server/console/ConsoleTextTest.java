package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {
    @Test
    void danishAndEnglishBundlesHaveTheSameKeys() {
        ResourceBundle en = ConsoleServer.bundle(Locale.ENGLISH);
        ResourceBundle da = ConsoleServer.bundle(Locale.forLanguageTag("da"));
        Set<String> enKeys = new TreeSet<>(en.keySet());
        Set<String> daKeys = new TreeSet<>(da.keySet());
        assertThat(daKeys).isEqualTo(enKeys);
        assertThat(ConsoleServer.text(Locale.forLanguageTag("da"), "nav.quarantine")).isEqualTo("Tilbageholdte fakturaer");
        assertThat(ConsoleServer.text(Locale.ENGLISH, "nav.quarantine")).isEqualTo("Quarantined invoices");
        for (String key : enKeys) {
            assertThat(da.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void messageArgumentsAreInsertedAsGivenAndThePatternIsEscaped() {
        assertThat(ConsoleServer.text(Locale.ENGLISH, "signedin", Text.show("<b>x</b>", 80)))
            .isEqualTo("Signed in as &lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void hostileTextIsEscapedCleanedAndCut() {
        String hostile = "<script>alert(\"x\")</script>\u202Efdp.exe\r\nBcc: evil\u0000" + "A".repeat(10_000);
        String shown = Text.show(hostile, 200);
        assertThat(shown).doesNotContain("<").doesNotContain("\u202E").doesNotContain("\n").doesNotContain("\u0000")
            .startsWith("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;fdp.exe  Bcc: evil").endsWith("\u2026");
        assertThat(Text.line(hostile, 200).codePointCount(0, Text.line(hostile, 200).length())).isEqualTo(201);
        // every bidi control and zero-width format character goes
        assertThat(Text.line("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u200Bl\uFEFFm", 100))
            .isEqualTo("abcdefghijklm");
        // multi-line bodies keep their lines, not their CRs
        assertThat(Text.lines("a\r\nb\tc\u202E", 100)).isEqualTo("a\nb\tc");
        // no surrogate half left by the cut
        assertThat(Text.line("\uD83D\uDE00\uD83D\uDE00", 1)).isEqualTo("\uD83D\uDE00\u2026");
    }

    @Test
    void downloadFileNamesAreTamed() {
        assertThat(Text.safeFilename("<img src=x>\u202Efdp.exe", "f")).isEqualTo("img_src_x_fdp.exe");
        assertThat(Text.safeFilename("../../etc/passwd", "f")).isEqualTo("etc_passwd");
        assertThat(Text.safeFilename("\"; filename=evil.html", "f")).isEqualTo("filename_evil.html");
        assertThat(Text.safeFilename("", "mail")).isEqualTo("mail");
        assertThat(Text.safeFilename("...", "mail")).isEqualTo("mail");
    }
}
