package cn.gov.cq.jianping.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open deadlines that reminders are about, read in SQL as a read model over the
 * chain's tables (like the dashboards): unsubmitted self-assessments (第九条), pending
 * district reviews (第十条) and open rectification orders (第十八条). Renewal deadlines join
 * here when the renewal flow exists.
 */
@Component
class Deadlines {

	private final JdbcClient jdbc;

	Deadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One open deadline: what, for whom, by when, and an SMS number if there is one. */
	record OpenDeadline(String kind, long id, String task, String institutionName, LocalDate deadline,
			Audience audience, String phone, String link) {
	}

	/** Every deadline still open that falls on or before the horizon. */
	List<OpenDeadline> openUntil(LocalDate horizon) {
		List<OpenDeadline> open = new ArrayList<>();
		this.jdbc.sql("""
				select c.id, c.institution_id, c.institution_name, r.self_deadline as deadline, i.contact_phone
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				join institution i on i.id = c.institution_id
				where r.status = 'LAUNCHED' and c.stage = 'SELF_ASSESSMENT' and r.self_deadline <= :horizon
				order by c.id""")
			.param("horizon", horizon)
			.query((rs, row) -> new OpenDeadline("self", rs.getLong("id"), "提交机构自评", rs.getString("institution_name"),
					rs.getDate("deadline").toLocalDate(), Audience.institution(rs.getLong("institution_id")),
					rs.getString("contact_phone"), "/cases/" + rs.getLong("id")))
			.list()
			.forEach(open::add);
		this.jdbc.sql("""
				select c.id, c.district_code, c.institution_name, r.district_deadline as deadline
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				where r.status = 'LAUNCHED' and c.stage = 'DISTRICT_REVIEW' and c.district_code is not null
				  and r.district_deadline <= :horizon
				order by c.id""")
			.param("horizon", horizon)
			.query((rs, row) -> new OpenDeadline("district", rs.getLong("id"), "完成区县初评",
					rs.getString("institution_name"), rs.getDate("deadline").toLocalDate(),
					Audience.district(rs.getString("district_code")), null, "/cases/" + rs.getLong("id")))
			.list()
			.forEach(open::add);
		this.jdbc.sql("""
				select o.id, o.institution_id, i.name, o.deadline, i.contact_phone
				from rectification_order o join institution i on i.id = o.institution_id
				where o.status = 'OPEN' and o.deadline <= :horizon
				order by o.id""")
			.param("horizon", horizon)
			.query((rs, row) -> new OpenDeadline("rectification", rs.getLong("id"), "完成整改并提交整改报告", rs.getString("name"),
					rs.getDate("deadline").toLocalDate(), Audience.institution(rs.getLong("institution_id")),
					rs.getString("contact_phone"), "/supervision/rectifications/" + rs.getLong("id")))
			.list()
			.forEach(open::add);
		return open;
	}

}
