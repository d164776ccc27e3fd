package cn.gov.cq.jianping.messaging;

import java.util.List;
import java.util.Objects;

/**
 * Who receives a message, by the account bindings that {@code identity} keeps: the
 * accounts of one institution, of one district office, of whole roles (optionally only in
 * some districts), or one named account. Role names are strings so the audience survives
 * changes to the role list.
 */
public record Audience(List<String> roles, List<String> districtCodes, Long institutionId, String username) {

	public Audience {
		roles = roles == null ? List.of() : List.copyOf(roles);
		districtCodes = districtCodes == null ? List.of() : List.copyOf(districtCodes);
	}

	/** Every account bound to the institution. */
	public static Audience institution(long institutionId) {
		return new Audience(List.of("INSTITUTION"), List.of(), institutionId, null);
	}

	/** Every account of the district office. */
	public static Audience district(String districtCode) {
		Objects.requireNonNull(districtCode, "districtCode");
		return new Audience(List.of("DISTRICT"), List.of(districtCode), null, null);
	}

	/** Every account in these roles. */
	public static Audience roles(String... roles) {
		return new Audience(List.of(roles), List.of(), null, null);
	}

	/** Every account in these roles, district offices limited to these districts. */
	public static Audience rolesInDistricts(List<String> roles, List<String> districtCodes) {
		return new Audience(roles, districtCodes, null, null);
	}

	/** One account by username. */
	public static Audience user(String username) {
		Objects.requireNonNull(username, "username");
		return new Audience(List.of(), List.of(), null, username);
	}

}
