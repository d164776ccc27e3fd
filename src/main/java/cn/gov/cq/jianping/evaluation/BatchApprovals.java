package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市局审核 of a filtered selection of any size: one set-based update approves every case of
 * the round that matches the filters and awaits the bureau, then the timeline and audit
 * lines are written as two JDBC batches. All or nothing: if the selection the bureau saw
 * (its count) is no longer what matches, nothing changes.
 */
@Service
public class BatchApprovals {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	BatchApprovals(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	/**
	 * Approves the initial grades of the round's cases that match the query's filters and
	 * await the bureau; expected is how many the bureau was shown.
	 */
	@Transactional
	public int approveFiltered(CurrentUser user, long roundId, PageQuery query, long expected) {
		if (!CaseStage.BUREAU_REVIEW.allows(user.role(), CaseAction.APPROVE) || !user.hasRole(Role.BUREAU)) {
			throw new IllegalTransitionException("只有市人力社保局可以审核通过初定等级");
		}
		if (expected <= 0) {
			throw new IllegalTransitionException("筛选结果中没有待审核的机构");
		}
		Instant now = this.clock.instant();
		CaseFilters filters = CaseFilters.scopeOf(user)
			.with(query.withFilter("round", String.valueOf(roundId)).withFilter("stage", null), true)
			.and("c.stage = :pending", "pending", CaseStage.BUREAU_REVIEW.name())
			.and("c.initial_total is not null and c.initial_grade is not null", null, null);
		filters.params()
			.addValue("approved", CaseStage.APPROVED.name())
			.addValue("by", user.getUsername())
			.addValue("now", Timestamp.from(now));
		record Approved(long id, String name, BigDecimal total, Grade grade) {
		}
		List<Approved> approved = this.jdbc.query(
				"""
						update evaluation_case c set stage = :approved, approved_by = :by, approved_at = :now,
						    approved_total = c.initial_total, approved_grade = c.initial_grade, updated_at = :now,
						    version = c.version + 1""" + filters.where()
						+ " returning c.id, c.institution_name, c.initial_total, c.initial_grade",
				filters.params(), (rs, n) -> new Approved(rs.getLong("id"), rs.getString("institution_name"),
						rs.getBigDecimal("initial_total"), Grade.valueOf(rs.getString("initial_grade"))));
		if (approved.size() != expected) {
			// The runtime exception rolls the update back: all or nothing.
			throw new IllegalTransitionException(
					"筛选结果已变化（现有 " + approved.size() + " 个待审核，页面显示 " + expected + " 个），请刷新后重新审核");
		}
		List<Object[]> events = new ArrayList<>(approved.size());
		List<Object[]> audits = new ArrayList<>(approved.size());
		Timestamp at = Timestamp.from(now);
		// the rows every single approval writes: who, in which role, from which address
		AuditLog.Actor actor = AuditLog.Actor.current();
		for (Approved a : approved) {
			String detail = "核准总分 " + a.total().stripTrailingZeros().toPlainString() + " 分，等级“" + a.grade().label()
					+ "”";
			events.add(new Object[] { a.id(), at, user.getUsername(), "市局审核通过", CaseStage.BUREAU_REVIEW.name(),
					CaseStage.APPROVED.name(), detail + "（按筛选结果批量审核）" });
			audits.add(new Object[] { user.getUsername(), Role.BUREAU.name(), actor.address(), "审核通过", "CASE",
					String.valueOf(a.id()), a.name() + "：" + detail + "（批量）", AuditLog.Result.SUCCESS.label(), at });
		}
		JdbcTemplate plain = this.jdbc.getJdbcTemplate();
		plain.batchUpdate("insert into case_event (case_id, occurred_at, actor, action, from_stage, to_stage, detail)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", events);
		plain.batchUpdate("insert into audit_entry (actor, actor_role, client_address, action, target_type, target_id,"
				+ " detail, result, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", audits);
		return approved.size();
	}

}
