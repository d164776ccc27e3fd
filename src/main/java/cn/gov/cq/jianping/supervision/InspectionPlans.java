package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 日常检查 (第二十条): the yearly plan of routine inspections from each graded institution's
 * frequency, their completion with a finding, and the daily marking of what fell overdue.
 */
@Service
public class InspectionPlans {

	/** When the job runs (Asia/Shanghai), and the property that changes it. */
	static final String CRON_PROPERTY = "jianping.inspection.cron";

	static final String DEFAULT_CRON = "0 20 0 * * *";

	static final long OVERDUE_LOCK_KEY = 2021_33_20L;

	private final InspectionPlanItemRepository items;

	private final JdbcTemplate jdbc;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ClusterLock lock;

	InspectionPlans(InspectionPlanItemRepository items, JdbcTemplate jdbc, SupervisionScope scope, AuditLog auditLog,
			Clock clock, ClusterLock lock) {
		this.lock = lock;
		this.items = items;
		this.jdbc = jdbc;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** One planned inspection. */
	public record PlanItem(long id, int year, long institutionId, String institutionName, String inspector, int month,
			String grade, boolean done, String finding, boolean overdue) {
	}

	/** A planned inspection on a home page's to-do list. */
	public record InspectionTodo(long id, long institutionId, String institutionName, String task, LocalDate deadline,
			boolean overdue) {
	}

	private record Standing(long institutionId, int perYear, String grade) {
	}

	/**
	 * Plans the year's routine inspections from each graded institution's frequency;
	 * institutions registered by a district are inspected by that district's office,
	 * others by the center.
	 */
	@Transactional
	public int generatePlan(CurrentUser user, int year) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU);
		List<Standing> standings = this.jdbc.query(
				"select institution_id, inspections_per_year, grade from grade_standing order by institution_id",
				(rs, n) -> new Standing(rs.getLong(1), rs.getInt(2), rs.getString(3)));
		SupervisionScope.Listing registry = this.scope.forList(user);
		Set<String> planned = new HashSet<>();
		this.items.findByPlanYearOrderByPlannedMonthAscInstitutionIdAsc(year)
			.forEach(i -> planned.add(i.getInstitutionId() + "/" + i.getPlannedMonth()));
		int created = 0;
		for (Standing standing : standings) {
			InstitutionView institution = registry.institution(standing.institutionId()).orElse(null);
			if (institution == null) {
				continue;
			}
			String inspector = institution.districtCode() == null ? "市职业技能鉴定指导中心"
					: Districts.all().nameOf(institution.districtCode()) + "人力社保局";
			for (int k = 0; k < standing.perYear(); k++) {
				// Spread the visits over the year so no month carries them all.
				int month = InspectionPlanItem.monthOf(standing.institutionId(), k, standing.perYear());
				if (planned.add(standing.institutionId() + "/" + month)) {
					this.items.save(
							new InspectionPlanItem(year, standing.institutionId(), inspector, month, standing.grade()));
					created++;
				}
			}
		}
		this.auditLog.record(user.getUsername(), "生成年度日常检查计划", "INSPECTION_PLAN", year, "新增 " + created + " 项");
		return created;
	}

	@Transactional(readOnly = true)
	public List<PlanItem> plan(CurrentUser user, int year) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		SupervisionScope.Listing visible = this.scope.forList(user);
		return this.items.findByPlanYearOrderByPlannedMonthAscInstitutionIdAsc(year)
			.stream()
			.filter(item -> visible.includes(item.getInstitutionId()))
			.map(item -> new PlanItem(item.getId(), year, item.getInstitutionId(),
					visible.nameOf(item.getInstitutionId()), item.getInspector(), item.getPlannedMonth(),
					item.getGrade(), item.isDone(), item.getFinding(), item.isOverdue()))
			.toList();
	}

	/** Records that a planned inspection took place, with what it found. */
	@Transactional
	public void complete(CurrentUser user, long itemId, String finding) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		InspectionPlanItem item = this.items.findById(itemId)
			.filter(i -> this.scope.includes(user, i.getInstitutionId()))
			.orElseThrow(() -> new SupervisionNotFoundException("未找到检查计划"));
		if (finding == null || finding.isBlank()) {
			throw new SupervisionRejectedException("请填写检查情况");
		}
		item.complete(finding.trim(), user.getUsername(), this.clock.instant());
		this.auditLog.record(user.getUsername(), "完成日常检查", "INSTITUTION", item.getInstitutionId(), finding.trim());
	}

	@Scheduled(cron = "${" + CRON_PROPERTY + ":" + DEFAULT_CRON + "}", zone = TimeConfiguration.ZONE_ID)
	// Through the proxy: the claim and the job share one transaction, so the advisory
	// lock taken inside is held until the job commits (a self-call would have none).
	@Transactional
	public void scheduled() {
		if (this.lock.claimFiring("overdue-inspections", CRON_PROPERTY, DEFAULT_CRON, this.clock.instant())) {
			markOverdue();
		}
	}

	/**
	 * Daily: planned inspections whose month has passed without being done are marked
	 * overdue; idempotent.
	 */
	@Transactional
	public int markOverdue() {
		if (!this.lock.tryLockForTransaction(OVERDUE_LOCK_KEY)) {
			return 0;
		}
		return this.items.markOverdue(LocalDate.now(this.clock));
	}

	/**
	 * Inspections due this month or overdue: for the district office and the center the
	 * ones they carry out, for an institution the ones announced to it.
	 */
	@Transactional(readOnly = true)
	public List<InspectionTodo> todos(CurrentUser user) {
		if (!(user.hasRole(Role.CENTER) || user.hasRole(Role.DISTRICT) || user.hasRole(Role.INSTITUTION))) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		SupervisionScope.Listing visible = this.scope.forList(user);
		List<InspectionTodo> todos = new ArrayList<>();
		for (InspectionPlanItem item : this.items.findOpenDueBy(today.getYear(), today.getMonthValue())) {
			InstitutionView institution = visible.institution(item.getInstitutionId()).orElse(null);
			if (institution == null || !visible.includes(item.getInstitutionId())
					|| user.hasRole(Role.CENTER) && institution.districtCode() != null) {
				continue;
			}
			boolean overdue = item.isOverdue() || today.isAfter(item.deadline());
			String task = user.hasRole(Role.INSTITUTION) ? "接受日常检查（" + item.getPlannedMonth() + " 月）"
					: (overdue ? "日常检查已逾期" : "开展日常检查");
			todos.add(new InspectionTodo(item.getId(), item.getInstitutionId(), institution.name(), task,
					item.deadline(), overdue));
		}
		return todos;
	}

}
