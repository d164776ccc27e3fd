package cn.gov.cq.jianping.shared.web.list;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

/**
 * The district dropdown of a list filter, limited to what the user may see: a district
 * office is offered its own district only (and no 市级 entry), everyone else every
 * district. A filter value outside the scope is dropped rather than trusted; the query
 * still applies the scope in SQL.
 */
public final class ScopedDistricts {

	private ScopedDistricts() {
	}

	/** The districts to offer; {@code ownDistrict} is null for city-level users. */
	public static List<District> options(String ownDistrict) {
		if (ownDistrict == null) {
			return Districts.all().list();
		}
		return Districts.all().byCode(ownDistrict).map(List::of).orElse(List.of());
	}

	/** Whether the 市级 (city-registered) entry is offered. */
	public static boolean offersCity(String ownDistrict) {
		return ownDistrict == null;
	}

	/**
	 * The district dropdown of a list: {@code CITY} (市级) and every district for
	 * city-level users, a district office its own district only.
	 */
	public static ListPage.Filter filter(String label, String ownDistrict) {
		List<ListPage.Option> options = new ArrayList<>();
		if (offersCity(ownDistrict)) {
			options.add(new ListPage.Option("CITY", "市级"));
		}
		options(ownDistrict).forEach(d -> options.add(new ListPage.Option(d.code(), d.name())));
		return new ListPage.Filter("district", label, options);
	}

	/**
	 * The filter value to use: a district user's own code whatever was asked (blank stays
	 * blank), everyone else's as asked.
	 */
	public static String chosen(String requested, String ownDistrict) {
		if (ownDistrict == null || requested == null || requested.isBlank()) {
			return requested;
		}
		return ownDistrict;
	}

}
