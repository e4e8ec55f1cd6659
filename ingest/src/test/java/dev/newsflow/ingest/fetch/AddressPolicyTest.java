package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "224.0.0.1", "255.255.255.255",
            "198.18.0.1", "192.0.2.1", "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:7f00:1::1", "2001:db8::1"})
    void refusesNonPublicAddresses(String address) throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).isFalse();
        assertThat(AddressPolicy.publicOnly().permits("example.com", InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "169.255.0.1",
            "2606:4700::6810:85e5", "::ffff:8.8.8.8"})
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void theAllowlistNamesHostsNotAddresses() throws Exception {
        AddressPolicy policy = new AddressPolicy(Set.of("Intranet.Example", "127.0.0.1"));
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(policy.permits("intranet.example", loopback)).isTrue();
        assertThat(policy.permits("127.0.0.1", loopback)).isTrue();
        assertThat(policy.permits("localhost", loopback)).isFalse();
    }

    @Test
    void guardedDnsDropsRefusedAddressesAndFailsWhenNoneIsLeft() throws Exception {
        InetAddress pub = InetAddress.getByName("93.184.216.34");
        InetAddress priv = InetAddress.getByName("10.0.0.7");
        GuardedDns dns = new GuardedDns(host -> List.of(priv, pub), AddressPolicy.publicOnly());
        assertThat(dns.lookup("mixed.example")).containsExactly(pub);
        GuardedDns onlyPrivate = new GuardedDns(host -> List.of(priv), AddressPolicy.publicOnly());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> onlyPrivate.lookup("rebind.example"))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("10.0.0.7");
    }
}
