package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.evaluation.DailyFact;
import cn.gov.cq.jianping.evaluation.DailyRecordContributor;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 以日常管理情况为基础 (第十一条): what supervision knows of an institution up to the round's reference
 * date — routine inspection findings, spot-check findings, rectification orders
 * (completed on time or not) and the bureau's decisions. A rectification not completed on
 * time suggests the rectification veto (⑤).
 */
@Component
class SupervisionDailyRecord implements DailyRecordContributor {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SupervisionDailyRecord(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One rectification order and whether it was, or is, late. */
	record Order(LocalDate issuedOn, LocalDate deadline, String status, LocalDate reportedOn, String reason) {

		/** Completed after its deadline, or not completed by it (as of the date). */
		boolean late(LocalDate referenceDate) {
			return switch (this.status) {
				case "OVERDUE" -> true;
				case "ACCEPTED" -> this.reportedOn != null && this.reportedOn.isAfter(this.deadline);
				default -> referenceDate.isAfter(this.deadline);
			};
		}

		String describe(LocalDate referenceDate) {
			String outcome = switch (this.status) {
				case "ACCEPTED" -> late(referenceDate) ? "逾期完成整改（" + this.reportedOn + " 提交报告）" : "按期完成整改";
				case "OVERDUE" -> "逾期未完成整改";
				default -> late(referenceDate) ? "已过整改期限，尚未验收通过" : "整改中";
			};
			return "整改通知：" + this.issuedOn + " 责令整改，期限 " + this.deadline + "，" + outcome + "；原因：" + this.reason;
		}

	}

	@Override
	@Transactional(readOnly = true)
	public List<String> linesFor(long institutionId) {
		return linesFor(institutionId, LocalDate.now(this.clock));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> linesFor(long institutionId, LocalDate referenceDate) {
		Timestamp until = endOf(referenceDate);
		List<String> lines = new ArrayList<>();
		lines
			.addAll(this.jdbc.query("""
					select plan_year, planned_month, inspector, finding, done_at from inspection_plan_item
					where institution_id = ? and done = true and (done_at is null or done_at <= ?)
					order by plan_year, planned_month""",
					(rs, n) -> "日常检查：" + rs.getInt("plan_year") + " 年 " + rs.getInt("planned_month") + " 月（"
							+ rs.getString("inspector") + "）发现：" + orNone(rs.getString("finding")),
					institutionId, until));
		lines.addAll(this.jdbc.query(
				"""
						select d.title, f.finding, f.recorded_at from spot_check_finding f join spot_check_draw d on d.id = f.draw_id
						where f.institution_id = ? and f.recorded_at <= ? order by f.recorded_at""",
				(rs, n) -> "专项抽查：" + dateOf(rs.getTimestamp("recorded_at")) + "“" + rs.getString("title") + "”发现："
						+ orNone(rs.getString("finding")),
				institutionId, until));
		for (Order order : orders(institutionId, until)) {
			lines.add(order.describe(referenceDate));
		}
		lines.addAll(this.jdbc.query("""
				select kind, document_number, decided_at, decision_reason from supervision_decision
				where institution_id = ? and status = 'DECIDED' and decided_at <= ? order by decided_at""",
				(rs, n) -> "市局决定：" + dateOf(rs.getTimestamp("decided_at")) + " " + kindLabel(rs.getString("kind"))
						+ (rs.getString("document_number") == null ? "" : "（" + rs.getString("document_number") + "）")
						+ "：" + orNone(rs.getString("decision_reason")),
				institutionId, until));
		return lines;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DailyFact> factsFor(long institutionId, LocalDate referenceDate) {
		List<Order> late = orders(institutionId, endOf(referenceDate)).stream()
			.filter(o -> o.late(referenceDate))
			.toList();
		if (late.isEmpty()) {
			return List.of();
		}
		return List.of(new DailyFact(DailyFact.Kind.LATE_RECTIFICATION, late.size(),
				"整改通知：" + String.join("；", late.stream().map(o -> o.issuedOn() + " 责令整改，期限 " + o.deadline()).toList())
						+ "，未按期完成整改"));
	}

	private List<Order> orders(long institutionId, Timestamp until) {
		return this.jdbc.query("""
				select issued_at, deadline, status, reported_at, reason from rectification_order
				where institution_id = ? and issued_at <= ? order by issued_at, id""",
				(rs, n) -> new Order(dateOf(rs.getTimestamp("issued_at")), rs.getDate("deadline").toLocalDate(),
						rs.getString("status"),
						rs.getTimestamp("reported_at") == null ? null : dateOf(rs.getTimestamp("reported_at")),
						rs.getString("reason")),
				institutionId, until);
	}

	private static Timestamp endOf(LocalDate date) {
		return Timestamp.from(date.atTime(LocalTime.MAX).atZone(TimeConfiguration.ZONE).toInstant());
	}

	private static LocalDate dateOf(Timestamp timestamp) {
		return LocalDate.ofInstant(timestamp.toInstant(), TimeConfiguration.ZONE);
	}

	private static String orNone(String text) {
		return text == null || text.isBlank() ? "无" : text;
	}

	private static String kindLabel(String kind) {
		return switch (kind) {
			case "CANCEL_REGISTRATION" -> "取消备案";
			case "DOWNGRADE" -> "降低等级";
			case "SUSPEND" -> "暂停评价";
			default -> kind;
		};
	}

}
