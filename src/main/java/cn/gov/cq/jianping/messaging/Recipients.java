package cn.gov.cq.jianping.messaging;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves an {@link Audience} to the usernames of enabled accounts, in SQL over the
 * account bindings. District limits apply to district offices (their own district) and to
 * institutions (the district they are registered in); city-level roles are never limited
 * by district.
 */
@Component
class Recipients {

	/** Stands in for an empty list, which SQL {@code in ()} cannot take. */
	private static final List<String> NONE = List.of("-");

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(Audience audience) {
		if (audience.username() != null) {
			return this.jdbc.sql("select username from user_account where username = :u and enabled")
				.param("u", audience.username())
				.query(String.class)
				.list();
		}
		if (audience.roles().isEmpty()) {
			return List.of();
		}
		boolean anyDistrict = audience.districtCodes().isEmpty();
		return this.jdbc.sql("""
				select a.username from user_account a left join institution i on i.id = a.institution_id
				where a.enabled and a.role in (:roles)
				  and (cast(:institution as bigint) is null or a.institution_id = :institution)
				  and (:anyDistrict or a.role not in ('DISTRICT', 'INSTITUTION')
				       or coalesce(a.district_code, i.district_code) in (:districts))
				order by a.username""")
			.param("roles", audience.roles())
			.param("institution", audience.institutionId())
			.param("anyDistrict", anyDistrict)
			.param("districts", anyDistrict ? NONE : audience.districtCodes())
			.query(String.class)
			.list();
	}

}
