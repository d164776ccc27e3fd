package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.model.GradeConsequences;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 分类管理 (第十五条): applies a confirmed grade's consequences in the confirming transaction, so a
 * grade is never final without them.
 */
@Service
public class GradeManagement {

	static final CurrentUser SYSTEM = new CurrentUser(0, "系统", "", "系统", Role.BUREAU, null, null, false, true);

	private final JdbcTemplate jdbc;

	private final InstitutionRegistry registry;

	private final RectificationOrderRepository orders;

	private final SupervisionDecisionRepository decisions;

	private final EvaluationCases cases;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final Clock clock;

	private final GradeLookup lookup;

	private final int rectificationDays;

	private final Map<Grade, Integer> frequency = new EnumMap<>(Grade.class);

	GradeManagement(JdbcTemplate jdbc, InstitutionRegistry registry, RectificationOrderRepository orders,
			SupervisionDecisionRepository decisions, EvaluationCases cases, SupervisionScope scope, AuditLog auditLog,
			Clock clock, GradeLookup lookup,
			@Value("${jianping.rectification.days:90}") int rectificationDays,
			@Value("${jianping.inspection.per-year.excellent:0}") int excellent,
			@Value("${jianping.inspection.per-year.qualified:1}") int qualified,
			@Value("${jianping.inspection.per-year.basic:2}") int basic,
			@Value("${jianping.inspection.per-year.unqualified:2}") int unqualified) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.orders = orders;
		this.decisions = decisions;
		this.cases = cases;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
		this.rectificationDays = rectificationDays;
		this.lookup = lookup;
		this.frequency.put(Grade.EXCELLENT, excellent);
		this.frequency.put(Grade.QUALIFIED, qualified);
		this.frequency.put(Grade.BASIC, basic);
		this.frequency.put(Grade.UNQUALIFIED, unqualified);
	}

	/** An institution's standing as the pages show it. */
	public record Standing(long institutionId, Grade grade, int roundYear, boolean keyMonitoring,
			boolean inspectionExempt, boolean renewalExempt, int inspectionsPerYear, LocalDate validUntil,
			String explanation) {
	}

	Map<Grade, Integer> frequency() {
		return this.frequency;
	}

	@EventListener
	@Transactional
	public void on(GradeConfirmed event) {
		GradeConsequences consequences = GradeConsequences.of(event.grade(), this.frequency);
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
		applyMeasures(event.institutionId(), consequences, event.confirmedAt(), "评估等级");
		this.auditLog.record(SYSTEM.getUsername(), "等级确定后分类管理", "INSTITUTION", event.institutionId(),
				event.grade().label() + "：" + consequences.explanation());
		this.cases.recordOnTimeline(event.caseId(), SYSTEM.getUsername(), "分类管理措施", consequences.explanation());
	}

	/** 第十八条 and 第十九条: rectification with suspension, or a cancellation for the bureau to decide. */
	private void applyMeasures(long institutionId, GradeConsequences consequences, Instant at, String cause) {
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		if (consequences.rectificationOrder()) {
			LocalDate deadline = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")).plusDays(this.rectificationDays);
			RectificationOrder order = this.orders.save(new RectificationOrder(institutionId,
					"第十八条：" + cause + "为基本合格，列为重点监控对象，责令限期整改", SYSTEM.getUsername(), at, deadline));
			if (institution.status() != InstitutionStatus.SUSPENDED && institution.status() != InstitutionStatus.CANCELLED) {
				this.registry.changeStatus(SYSTEM, institutionId, InstitutionStatus.SUSPENDED,
						"第十八条：" + cause + "为基本合格，整改期间暂停评价活动（整改通知编号 " + order.getId() + "，期限至 " + deadline + "）",
						null);
			}
		}
		if (consequences.cancellationProposal()) {
			this.decisions.save(new SupervisionDecision(institutionId, SupervisionDecision.Kind.CANCEL_REGISTRATION,
					"第十九条：" + cause + "为不合格", null, SYSTEM.getUsername(), this.clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Standing> standing(long institutionId) {
		List<Standing> found = this.jdbc.query("select * from grade_standing where institution_id = ?", (rs, n) -> {
			Grade grade = Grade.valueOf(rs.getString("grade"));
			int year = rs.getInt("round_year");
			return new Standing(institutionId, grade, year, rs.getBoolean("key_monitoring"),
					rs.getBoolean("inspection_exempt"), rs.getBoolean("renewal_exempt"),
					rs.getInt("inspections_per_year"), validUntil(rs.getTimestamp("confirmed_at")),
					GradeConsequences.of(grade, this.frequency).explanation());
		}, institutionId);
		return found.stream().findFirst();
	}

	/** The standing as a user in scope sees it; outside their scope the institution is not found. */
	@Transactional(readOnly = true)
	public Optional<Standing> standing(CurrentUser user, long institutionId) {
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		return standing(institutionId);
	}

	/** A grade stands until the next evaluation; shown as valid for three years from confirmation. */
	private static LocalDate validUntil(Timestamp confirmedAt) {
		return LocalDate.ofInstant(confirmedAt.toInstant(), ZoneId.of("Asia/Shanghai")).plusYears(3);
	}

	/** 第二十条: a bureau decision lowered the grade; the public lookup shows the new one. */
	@Transactional
	void downgrade(long institutionId, Grade newGrade) {
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		Standing standing = standing(institutionId)
			.orElseThrow(() -> new SupervisionRejectedException("该机构尚无已确定的评估等级，不能降级"));
		if (!newGrade.isLowerThan(standing.grade())) {
			throw new SupervisionRejectedException("新的等级须低于当前等级“" + standing.grade().label() + "”");
		}
		GradeConsequences consequences = GradeConsequences.of(newGrade, this.frequency);
		this.jdbc.update("""
				update grade_standing set grade = ?, key_monitoring = ?, inspection_exempt = ?, renewal_exempt = ?,
				    inspections_per_year = ?, version = version + 1 where institution_id = ?""",
				newGrade.name(), consequences.keyMonitoring(), consequences.inspectionExempt(),
				consequences.renewalExempt(), consequences.inspectionsPerYear(), institutionId);
		this.jdbc.update("""
				insert into confirmed_grade (entry_id, source, institution_id, credit_code, institution_name,
				    institution_type, district_code, grade, round_year, confirmed_at)
				values (null, 'DOWNGRADE', ?, ?, ?, ?, ?, ?, ?, ?)""", institutionId, institution.creditCode(),
				institution.name(), institution.type().label(), institution.districtCode(), newGrade.name(),
				standing.roundYear(), Timestamp.from(this.clock.instant()));
		// A grade lowered to 基本合格 or 不合格 brings the same measures as one confirmed so.
		applyMeasures(institutionId, consequences, this.clock.instant(), "降级后的评估等级");
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				GradeManagement.this.lookup.evictAll();
			}
		});
	}

}
