package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {
    @TempDir
    Path conf;
    @TempDir
    Path data;

    @Test
    void withoutAnySettingTheStoreIsDerbyUnderTheDataDirectory() throws Exception {
        DatabaseSettings settings = DatabaseSettings.load(conf, data, Optional.empty());
        assertThat(settings.isDerby()).isTrue();
        assertThat(settings.url()).isEqualTo("jdbc:derby:" + data.toAbsolutePath().normalize() + "/var/store/derby;create=true");
        assertThat(settings.derbyDirectory()).isEqualTo(data.toAbsolutePath().normalize().resolve("var/store/derby"));
        assertThat(settings.driverClassName()).isEqualTo("org.apache.derby.jdbc.EmbeddedDriver");
    }

    @Test
    void theCommandLineUrlWinsAndBringsItsOwnDriver() throws Exception {
        Files.writeString(conf.resolve(DatabaseSettings.FILE),
            "database.url=jdbc:derby:/elsewhere;create=true\ndatabase.driverClassName=org.apache.derby.jdbc.EmbeddedDriver\n");
        DatabaseSettings settings = DatabaseSettings.load(conf, data, Optional.of("jdbc:postgresql://127.0.0.1:5432/mail"));
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/mail");
        assertThat(settings.driverClassName()).isEqualTo("org.postgresql.Driver");
        assertThat(settings.isDerby()).isFalse();
    }

    @Test
    void fileSettingsAndOpenJpaKeysAreRead() throws Exception {
        Files.writeString(conf.resolve(DatabaseSettings.FILE), "database.url=jdbc:postgresql://db/mail\n"
            + "database.username=james\ndatabase.password=secret\nopenjpa.ConnectionProperties=MaxTotal=60\n");
        DatabaseSettings settings = DatabaseSettings.load(conf, data, Optional.empty());
        assertThat(settings.username()).contains("james");
        assertThat(settings.password()).contains("secret");
        assertThat(settings.openJpaProperties()).containsEntry("openjpa.ConnectionProperties", "MaxTotal=60");
    }

    /**
     * java.util.Properties keeps the last of two lines silently: an example database.url uncommented below the admin's
     * own sent the server to another database without a word. As in spoofguard.properties, refused naming the key.
     */
    @Test
    void aKeyGivenTwiceFailsNamingIt() throws Exception {
        Files.writeString(conf.resolve(DatabaseSettings.FILE), "database.url=jdbc:postgresql://db/mail\n"
            + "mailbox.maxPerUser=25\n#database.url=jdbc:postgresql://old/mail\ndatabase.url=jdbc:postgresql://127.0.0.1/mail\n");
        assertThatThrownBy(() -> DatabaseSettings.load(conf, data, Optional.empty()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DatabaseSettings.FILE)
            .hasMessageContaining("database.url: given 2 times; keep one").hasMessageContaining(" / ")
            .hasMessageContaining("database.url: angivet 2 gange; behold én");
    }

    @Test
    void theMailboxCapDefaultsAndIsReadFromTheFile() throws Exception {
        assertThat(DatabaseSettings.load(conf, data, Optional.empty()).maxMailboxesPerUser())
            .isEqualTo(DatabaseSettings.DEFAULT_MAX_MAILBOXES_PER_USER);
        Files.writeString(conf.resolve(DatabaseSettings.FILE), "mailbox.maxPerUser = 25\n");
        assertThat(DatabaseSettings.load(conf, data, Optional.empty()).maxMailboxesPerUser()).isEqualTo(25);
    }

    @Test
    void aBadMailboxCapFailsNamingTheKey() throws Exception {
        // "+50" and other scripts' digits: the one whole-number rule (WholeNumbers), Integer.parseInt took them
        for (String bad : new String[] {"0", "6", "-3", "lots", "99999999999", "+50", "\u0665\u0660", "\uff15\uff10"}) {
            // a properties file is read as ISO-8859-1: other scripts' digits stand there as Unicode escapes
            String written = bad.chars().mapToObj(c -> c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c))
                .collect(java.util.stream.Collectors.joining());
            Files.writeString(conf.resolve(DatabaseSettings.FILE), "mailbox.maxPerUser=" + written + "\n");
            assertThatThrownBy(() -> DatabaseSettings.load(conf, data, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailbox.maxPerUser").hasMessageContaining(bad)
                .hasMessageContaining(" / ").hasMessageContaining("mailbox.maxPerUser skal være et helt antal mapper")
                .hasMessageContaining("ikke '" + bad + "'");
        }
    }

    @Test
    void anUnknownKeyFailsNamingIt() throws Exception {
        Files.writeString(conf.resolve(DatabaseSettings.FILE), "database.ulr=jdbc:postgresql://db/mail\n");
        assertThatThrownBy(() -> DatabaseSettings.load(conf, data, Optional.empty()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key 'database.ulr'")
            .hasMessageContaining(" / ").hasMessageContaining("ukendt nøgle 'database.ulr'");
    }

    @Test
    void aUrlThatIsNotJdbcOrOfAnUnknownKindFailsNamingTheOption() {
        assertThatThrownBy(() -> DatabaseSettings.load(conf, data, Optional.of("postgresql://db/mail")))
            .hasMessageContaining("--database").hasMessageContaining(" / --database: kun jdbc:derby:")
            .hasMessageContaining("ikke 'postgresql://db/mail'");
        assertThatThrownBy(() -> DatabaseSettings.load(conf, data, Optional.of("jdbc:mysql://db/mail")))
            .hasMessageContaining("--database").hasMessageContaining("jdbc:postgresql:")
            .hasMessageContaining(" / --database: kun jdbc:derby:- og jdbc:postgresql:-URL'er understøttes");
    }

    @Test
    void passwordsNeverReachTheLog() {
        DatabaseSettings settings = new DatabaseSettings("org.postgresql.Driver",
            "jdbc:postgresql://db/mail?user=james&password=hunter2", Optional.empty(), Optional.empty(), java.util.Map.of(),
            DatabaseSettings.DEFAULT_MAX_MAILBOXES_PER_USER);
        assertThat(settings.describe()).doesNotContain("hunter2").contains("password=***");
    }
}
