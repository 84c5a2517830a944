package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.net.IpNetwork;

class ConnectionSlotsTest {
    private static IpNetwork net(String text) {
        return IpNetwork.parse(text).orElseThrow();
    }

    @Test
    void aNetworkGetsAtMostPerClientConnectionsAndTheRefusedOneIsNotCounted() {
        ConnectionSlots<String> slots = new ConnectionSlots<>(2, 100);
        IpNetwork a = net("2001:db8:1:2::/64");
        assertThat(slots.open("1", a).refused()).isFalse();
        assertThat(slots.open("2", a).refused()).isFalse();
        assertThat(slots.open("3", a).refused()).isTrue();
        assertThat(slots.connections(a)).isEqualTo(2);
        assertThat(slots.waiting()).isEqualTo(2);
        assertThat(slots.open("4", net("192.0.2.1/32")).refused()).as("another network").isFalse();
        slots.closed("1", a);
        assertThat(slots.open("5", a).refused()).as("a slot freed by a close").isFalse();
    }

    @Test
    void whenTheWaitingRoomIsFullTheOldestUnauthenticatedConnectionMakesPlace() {
        ConnectionSlots<String> slots = new ConnectionSlots<>(0, 2);
        IpNetwork a = net("192.0.2.1/32");
        slots.open("old", a);
        slots.open("user", a);
        slots.loggedIn("user");
        slots.open("middle", a);
        ConnectionSlots.Admission<String> admission = slots.open("new", a);
        assertThat(admission.refused()).isFalse();
        assertThat(admission.evicted()).as("the oldest not logged in; the logged-in one stays").contains("old");
        assertThat(slots.open("newer", a).evicted()).contains("middle");
        assertThat(slots.waiting()).isEqualTo(2);
        assertThat(slots.connections(a)).as("evicted ones count until they are closed").isEqualTo(5);
        slots.closed("old", a);
        slots.closed("middle", a);
        slots.closed("user", a);
        assertThat(slots.connections(a)).isEqualTo(2);
        assertThat(slots.open("last", a).evicted()).contains("new");
    }

    @Test
    void closingEverythingForgetsTheNetwork() {
        ConnectionSlots<String> slots = new ConnectionSlots<>(1, 1);
        IpNetwork a = net("192.0.2.1/32");
        assertThat(slots.open("1", a).evicted()).isEqualTo(Optional.empty());
        slots.closed("1", a);
        assertThat(slots.connections(a)).isZero();
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> new ConnectionSlots<String>(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConnectionSlots<String>(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
