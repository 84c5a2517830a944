package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.junit.jupiter.api.Test;

class ServerXmlTest {
    @Test
    void aWholeNumberWithinBoundsOrTheFallback() throws Exception {
        assertThat(ServerXml.wholeNumber(new BaseHierarchicalConfiguration(), "x.xml", "k", 7, 1, 10)).isEqualTo(7);
        assertThat(ServerXml.wholeNumber(conf(" 10 "), "x.xml", "k", 7, 1, 10)).isEqualTo(10);
    }

    @Test
    void anythingElseIsRefusedInBothLanguagesNamingFileAndKey() throws Exception {
        assertThatThrownBy(() -> ServerXml.wholeNumber(conf("11"), "x.xml", "k", 7, 1, 10))
            .isInstanceOf(ConfigurationException.class)
            .hasMessage("x.xml <k>: must be a whole number from 1 to 10, was '11'"
                + " / x.xml <k>: skal være et helt tal fra 1 til 10, ikke '11'");
        assertThatThrownBy(() -> ServerXml.wholeNumber(conf("0"), "x.xml", "k", 7, 1, Integer.MAX_VALUE))
            .hasMessage("x.xml <k>: must be a whole number of at least 1, was '0'"
                + " / x.xml <k>: skal være et helt tal på mindst 1, ikke '0'");
        assertThatThrownBy(() -> ServerXml.wholeNumber(conf("many"), "x.xml", "k", 7, 1, 10))
            .hasMessageContaining("was 'many'");
        for (String odd : new String[] {"+4", "\u0664", "\uff14", "-0", "99999999999", "4.0", "0x4"}) {
            assertThatThrownBy(() -> ServerXml.wholeNumber(conf(odd), "x.xml", "k", 7, 1, Integer.MAX_VALUE))
                .as(odd).isInstanceOf(ConfigurationException.class).hasMessageContaining("was '" + odd + "'");
        }
        assertThat(ServerXml.wholeNumber(conf("2147483647"), "x.xml", "k", 7, 1, Integer.MAX_VALUE))
            .isEqualTo(Integer.MAX_VALUE);
    }

    private static BaseHierarchicalConfiguration conf(String value) {
        BaseHierarchicalConfiguration configuration = new BaseHierarchicalConfiguration();
        configuration.addProperty("k", value);
        return configuration;
    }
}
