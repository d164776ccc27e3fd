package cn.gov.cq.jianping.evaluation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a user in the current rounds, found by one SQL statement whatever the
 * number of cases: the role's condition (including the panel seat, declaration and own
 * sheet of an expert) is part of the query, overdue items first, and only a page is read
 * while the total is counted alongside.
 */
@Service
public class CaseTodos {

	/**
	 * The rounds still at work: launched rounds of this year or last (a round of November
	 * may run into January) and any of a later year. Older rounds are history; their
	 * cases are no one's to-do any more, however many there are.
	 */
	static final String CURRENT_ROUND = "r.status = 'LAUNCHED' and r.year >= :thisYear - 1";

	private static final String SELF = CaseStage.SELF_ASSESSMENT.name();

	private static final String DISTRICT = CaseStage.DISTRICT_REVIEW.name();

	private static final String CENTER = CaseStage.CENTER_EVALUATION.name();

	private static final String BUREAU = CaseStage.BUREAU_REVIEW.name();

	private final NamedParameterJdbcTemplate jdbc;

	private final CaseListing listing;

	CaseTodos(JdbcTemplate jdbc, CaseListing listing) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.listing = listing;
	}

	/** The to-dos shown and how many there are in all. */
	public record Todos(List<CaseViews.TodoItem> items, long total) {
	}

	/** At most limit to-dos of the user, overdue first, then by case. */
	@Transactional(readOnly = true)
	public Todos of(CurrentUser user, int limit) {
		String condition = conditionFor(user.role());
		if (condition == null) {
			return new Todos(List.of(), 0);
		}
		CaseFilters filters = CaseFilters.scopeOf(user).and(CURRENT_ROUND, null, null).and(condition, null, null);
		LocalDate today = this.listing.today();
		filters.params()
			.addValue("today", Date.valueOf(today))
			.addValue("thisYear", today.getYear())
			.addValue("me", user.getUsername())
			.addValue("limit", limit);
		String from = """
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				left join (panel_member m join expert e on e.id = m.expert_id and e.username = :me)
				    on m.case_id = c.id
				""" + filters.where();
		if (limit <= 0) {
			Long count = this.jdbc.queryForObject("select count(*)" + from, filters.params(), Long.class);
			return new Todos(List.of(), count == null ? 0 : count);
		}
		long[] total = { 0 };
		List<CaseViews.TodoItem> items = this.jdbc.query("""
				select c.id, c.institution_name, c.stage, %s as deadline, m.case_id is not null as seated,
				    m.declared_at is not null as declared, coalesce(m.lead, false) as lead,
				    exists (select 1 from score_sheet s where s.case_id = c.id and s.kind = 'EXPERT'
				        and s.author = :me and s.status = 'SUBMITTED') as scored,
				    exists (select 1 from panel_member p where p.case_id = c.id) as has_panel,
				    count(*) over () as total
				%s
				order by coalesce(%1$s < :today, false) desc, c.id
				limit :limit""".formatted(CaseListing.DEADLINE, from), filters.params(), (rs, n) -> {
			total[0] = rs.getLong("total");
			Date deadlineDate = rs.getDate("deadline");
			LocalDate deadline = deadlineDate == null ? null : deadlineDate.toLocalDate();
			boolean overdue = deadline != null && deadline.isBefore(today);
			String task = task(user.role(), CaseListing.stageOf(rs.getString("stage")), overdue,
					rs.getBoolean("has_panel"), rs.getBoolean("declared"), rs.getBoolean("scored"),
					rs.getBoolean("lead"));
			return new CaseViews.TodoItem(rs.getLong("id"), rs.getString("institution_name"), task, deadline, overdue);
		});
		return new Todos(items, total[0]);
	}

	/**
	 * Which cases are to-dos of the role, as SQL over {@code c}, {@code r} and the seat
	 * {@code m}.
	 */
	private static String conditionFor(Role role) {
		String selfOverdue = "(c.stage = '" + SELF + "' and r.self_deadline < :today)";
		return switch (role) {
			case INSTITUTION -> "c.stage = '" + SELF + "'";
			case DISTRICT -> "(c.stage = '" + DISTRICT + "' or " + selfOverdue + ")";
			case CENTER -> "((c.stage = '" + CENTER + "' and not exists (select 1 from panel_member p"
					+ " where p.case_id = c.id)) or " + selfOverdue + " or (c.stage = '" + DISTRICT
					+ "' and r.district_deadline < :today) or c.stage = '" + CaseStage.CENTER_REVIEW.name() + "')";
			case EXPERT -> "(c.stage = '" + CENTER + "' and m.case_id is not null and (m.declared_at is null or m.lead"
					+ " or not exists (select 1 from score_sheet s where s.case_id = c.id and s.kind = 'EXPERT'"
					+ " and s.author = :me and s.status = 'SUBMITTED')))";
			case BUREAU -> "c.stage = '" + BUREAU + "'";
			case SYSADMIN, SECADMIN, AUDITOR -> null;
		};
	}

	/** The task's wording, as the workbench has always named it. */
	static String task(Role role, CaseStage stage, boolean overdue, boolean hasPanel, boolean declared, boolean scored,
			boolean lead) {
		return switch (role) {
			case INSTITUTION -> overdue ? "自评已逾期，请尽快提交" : "填写并提交自评";
			case DISTRICT -> stage == CaseStage.DISTRICT_REVIEW ? "初评并报送中心" : "机构逾期未自评";
			case CENTER -> switch (stage) {
				case SELF_ASSESSMENT -> "机构逾期未自评，可继续评估";
				case DISTRICT_REVIEW -> "区县逾期未初评，可继续评估";
				case CENTER_REVIEW -> CaseQueries.CENTER_REVIEW_TASK;
				default -> "组建专家组";
			};
			case EXPERT -> !declared ? "签署无利益冲突声明" : (!scored ? "现场评分" : "汇总专家评分并提交初定等级");
			case BUREAU -> "审核初定等级";
			case SYSADMIN, SECADMIN, AUDITOR -> null;
		};
	}

}
