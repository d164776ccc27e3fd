package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedNetworksTest {

	@Test
	void anEmptyListAllowsEveryAddress() {
		assertThat(AllowedNetworks.parse("").allows("203.0.113.9")).isTrue();
		assertThat(AllowedNetworks.parse(null).allows("2001:db8::1")).isTrue();
		assertThat(AllowedNetworks.parse("  \n ").isEmpty()).isTrue();
	}

	@Test
	void anIpv4RangeAllowsItsAddressesAndNoOthers() {
		AllowedNetworks networks = AllowedNetworks.parse("10.9.0.0/16");
		assertThat(networks.allows("10.9.0.1")).isTrue();
		assertThat(networks.allows("10.9.255.254")).isTrue();
		assertThat(networks.allows("10.10.0.1")).isFalse();
		assertThat(networks.allows("10.8.255.255")).isFalse();
	}

	@Test
	void aPrefixThatIsNotAWholeByteIsHonoured() {
		AllowedNetworks networks = AllowedNetworks.parse("192.168.1.64/27");
		assertThat(networks.allows("192.168.1.64")).isTrue();
		assertThat(networks.allows("192.168.1.95")).isTrue();
		assertThat(networks.allows("192.168.1.63")).isFalse();
		assertThat(networks.allows("192.168.1.96")).isFalse();
	}

	@Test
	void anAddressWithoutPrefixIsOneHost() {
		AllowedNetworks networks = AllowedNetworks.parse("192.168.1.20");
		assertThat(networks.allows("192.168.1.20")).isTrue();
		assertThat(networks.allows("192.168.1.21")).isFalse();
	}

	@Test
	void ipv6RangesMatchIpv6AddressesOnly() {
		AllowedNetworks networks = AllowedNetworks.parse("2001:db8::/32");
		assertThat(networks.allows("2001:db8:1::5")).isTrue();
		assertThat(networks.allows("[2001:db8::1]")).isTrue();
		assertThat(networks.allows("2001:db9::1")).isFalse();
		assertThat(networks.allows("32.1.13.184")).isFalse();
		assertThat(AllowedNetworks.parse("::1").allows("0:0:0:0:0:0:0:1")).isTrue();
	}

	@Test
	void entriesAreSeparatedByCommasSpacesAndNewLines() {
		String list = "10.1.0.0/16,10.2.0.0/16\n10.3.0.0/16， 2001:db8::/32";
		AllowedNetworks networks = AllowedNetworks.parse(list);
		assertThat(networks.allows("10.1.1.1")).isTrue();
		assertThat(networks.allows("10.2.1.1")).isTrue();
		assertThat(networks.allows("10.3.1.1")).isTrue();
		assertThat(networks.allows("2001:db8::9")).isTrue();
		assertThat(networks.allows("10.4.1.1")).isFalse();
		assertThat(AllowedNetworks.normalize(list)).isEqualTo("10.1.0.0/16\n10.2.0.0/16\n10.3.0.0/16\n2001:db8::/32");
		assertThat(AllowedNetworks.firstInvalid(list)).isEmpty();
	}

	@Test
	void namesBadAddressesAndBadPrefixesAreInvalid() {
		assertThat(AllowedNetworks.firstInvalid("10.0.0.0/8, intranet.example")).contains("intranet.example");
		assertThat(AllowedNetworks.firstInvalid("300.1.1.1")).contains("300.1.1.1");
		assertThat(AllowedNetworks.firstInvalid("10.0.0.0/33")).contains("10.0.0.0/33");
		assertThat(AllowedNetworks.firstInvalid("2001:db8::/129")).contains("2001:db8::/129");
		assertThat(AllowedNetworks.firstInvalid("10.0.0.0/x")).contains("10.0.0.0/x");
		assertThat(AllowedNetworks.firstInvalid("10.0.0")).contains("10.0.0");
		assertThat(AllowedNetworks.firstInvalid("2001:db8::/128")).isEmpty();
		assertThat(AllowedNetworks.firstInvalid("0.0.0.0/0")).isEmpty();
	}

	@Test
	void aStoredListOfInvalidEntriesRefusesEveryAddressRatherThanAllowingAll() {
		AllowedNetworks networks = AllowedNetworks.parse("intranet.example");
		assertThat(networks.isEmpty()).isFalse();
		assertThat(networks.allows("10.0.0.1")).isFalse();
	}

	@Test
	void anUnreadableClientAddressIsRefused() {
		AllowedNetworks networks = AllowedNetworks.parse("0.0.0.0/0");
		assertThat(networks.allows(null)).isFalse();
		assertThat(networks.allows("localhost")).isFalse();
		assertThat(networks.allows("10.0.0.1")).isTrue();
	}

}
