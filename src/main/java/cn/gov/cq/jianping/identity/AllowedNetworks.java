package cn.gov.cq.jianping.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address ranges (CIDR, IPv4 and IPv6) from which the administrators may work; an
 * empty list allows every address. Entries are separated by commas, spaces or new lines;
 * an address without a prefix is one host. Only address literals are read, so no entry
 * ever causes a DNS lookup.
 */
public final class AllowedNetworks {

	private static final Pattern SEPARATORS = Pattern.compile("[,，;；\\s]+");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

	private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

	private final List<Network> networks;

	private final boolean restricted;

	private AllowedNetworks(List<Network> networks, boolean restricted) {
		this.networks = networks;
		this.restricted = restricted;
	}

	/**
	 * The list as stored. An entry that is not an address range (the form refuses them;
	 * only a hand edit of the database leaves one) matches nothing, so a list of such
	 * entries alone refuses every address rather than allowing all.
	 */
	public static AllowedNetworks parse(String text) {
		List<String> entries = entries(text);
		List<Network> networks = entries.stream().map(Network::of).flatMap(Optional::stream).toList();
		return new AllowedNetworks(networks, !entries.isEmpty());
	}

	/** The first entry that is not an IPv4 or IPv6 address or range, if any. */
	public static Optional<String> firstInvalid(String text) {
		return entries(text).stream().filter(entry -> Network.of(entry).isEmpty()).findFirst();
	}

	/** The entries in the stored form: one per line, as typed. */
	public static String normalize(String text) {
		return String.join("\n", entries(text));
	}

	private static List<String> entries(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(SEPARATORS.split(text.trim()));
	}

	/** No restriction. */
	public boolean isEmpty() {
		return !this.restricted;
	}

	/** Whether a request from this client address may proceed. */
	public boolean allows(String address) {
		if (!this.restricted) {
			return true;
		}
		Optional<InetAddress> client = literal(address);
		return client.isPresent() && this.networks.stream().anyMatch(network -> network.contains(client.get()));
	}

	private static Optional<InetAddress> literal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String address = text.trim();
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		if (IPV4.matcher(address).matches()) {
			for (String part : address.split("\\.")) {
				if (Integer.parseInt(part) > 255) {
					return Optional.empty();
				}
			}
		}
		else if (!IPV6.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			// a literal by the checks above: no lookup happens
			return Optional.of(InetAddress.getByName(address));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	private record Network(byte[] base, int prefix) {

		static Optional<Network> of(String entry) {
			int slash = entry.indexOf('/');
			Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
			if (address.isEmpty()) {
				return Optional.empty();
			}
			byte[] bytes = address.get().getAddress();
			int bits = bytes.length * 8;
			int prefix = bits;
			if (slash >= 0) {
				String length = entry.substring(slash + 1);
				if (!PREFIX.matcher(length).matches() || Integer.parseInt(length) > bits) {
					return Optional.empty();
				}
				prefix = Integer.parseInt(length);
			}
			return Optional.of(new Network(bytes, prefix));
		}

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != this.base.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (candidate[i] != this.base[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (candidate[whole] & mask) == (this.base[whole] & mask);
		}

	}

}
