package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.CaseTimeline;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.supervision.model.GradeConsequences;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分类管理 (第十五条): applies a confirmed grade's consequences in the confirming transaction, so
 * a grade is never final without them.
 */
@Service
class GradeConfirmations {

	private final JdbcTemplate jdbc;

	private final GradeMeasures measures;

	private final CaseTimeline cases;

	private final AuditLog auditLog;

	GradeConfirmations(JdbcTemplate jdbc, GradeMeasures measures, CaseTimeline cases, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.cases = cases;
		this.auditLog = auditLog;
	}

	@EventListener
	@Transactional
	public void on(GradeConfirmed event) {
		GradeConsequences consequences = this.measures.consequencesOf(event.grade());
		this.jdbc.update("""
				insert into grade_standing (institution_id, grade, round_year, confirmed_at, key_monitoring,
				    inspection_exempt, renewal_exempt, inspections_per_year)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (institution_id) do update set grade = excluded.grade, round_year = excluded.round_year,
				    confirmed_at = excluded.confirmed_at, key_monitoring = excluded.key_monitoring,
				    inspection_exempt = excluded.inspection_exempt, renewal_exempt = excluded.renewal_exempt,
				    inspections_per_year = excluded.inspections_per_year, version = grade_standing.version + 1""",
				event.institutionId(), event.grade().name(), event.roundYear(), Timestamp.from(event.confirmedAt()),
				consequences.keyMonitoring(), consequences.inspectionExempt(), consequences.renewalExempt(),
				consequences.inspectionsPerYear());
		this.measures.apply(event.institutionId(), consequences, event.confirmedAt(), "评估等级");
		this.auditLog.record(GradeManagement.SYSTEM.getUsername(), "等级确定后分类管理", "INSTITUTION", event.institutionId(),
				event.grade().label() + "：" + consequences.explanation());
		this.cases.recordOnTimeline(event.caseId(), GradeManagement.SYSTEM.getUsername(), "分类管理措施",
				consequences.explanation());
	}

}
