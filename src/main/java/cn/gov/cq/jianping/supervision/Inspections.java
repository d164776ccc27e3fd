package cn.gov.cq.jianping.supervision;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.supervision.model.SampleDraw;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 日常检查 and 专项检查/抽查 (第二十条): the yearly plan from the grades, and reproducible draws.
 */
@Service
public class Inspections {

	private final JdbcTemplate jdbc;

	private final InstitutionRegistry registry;

	private final Rectifications scope;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Inspections(JdbcTemplate jdbc, InstitutionRegistry registry, Rectifications scope, AuditLog auditLog,
			Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** One planned inspection. */
	public record PlanItem(long id, int year, long institutionId, String institutionName, String inspector, int month,
			String grade, boolean done, String finding, boolean overdue) {
	}

	/** A recorded draw, with what it takes to re-draw it. */
	public record Draw(long id, String title, long seed, List<Long> population, int size, List<Long> sample,
			String drawnBy, Instant drawnAt) {
	}

	/** A finding recorded for a sampled institution. */
	public record Finding(long institutionId, String finding, String recordedBy, Instant recordedAt) {
	}

	/**
	 * Plans the year's routine inspections from each graded institution's frequency; institutions
	 * registered by a district are inspected by that district's office, others by the center.
	 */
	@Transactional
	public int generatePlan(CurrentUser user, int year) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU);
		List<long[]> standings = this.jdbc.query(
				"select institution_id, inspections_per_year from grade_standing order by institution_id",
				(rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) });
		int created = 0;
		for (long[] standing : standings) {
			InstitutionView institution = this.registry.find(standing[0]).orElse(null);
			if (institution == null) {
				continue;
			}
			int perYear = (int) standing[1];
			String inspector = institution.districtCode() == null ? "市职业技能鉴定指导中心"
					: Districts.all().nameOf(institution.districtCode()) + "人力社保局";
			String grade = this.jdbc.queryForObject("select grade from grade_standing where institution_id = ?",
					String.class, standing[0]);
			for (int k = 0; k < perYear; k++) {
				// Spread the visits over the year so no month carries them all.
				int month = (int) ((standing[0] + (long) k * 12 / perYear) % 12) + 1;
				created += this.jdbc.update("""
						insert into inspection_plan_item (plan_year, institution_id, inspector, planned_month, grade)
						values (?, ?, ?, ?, ?) on conflict do nothing""", year, standing[0], inspector, month, grade);
			}
		}
		this.auditLog.record(user.getUsername(), "生成年度日常检查计划", "INSPECTION_PLAN", year, "新增 " + created + " 项");
		return created;
	}

	@Transactional(readOnly = true)
	public List<PlanItem> plan(CurrentUser user, int year) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		return this.jdbc.query("select * from inspection_plan_item where plan_year = ? order by planned_month, institution_id",
				(rs, n) -> new PlanItem(rs.getLong("id"), year, rs.getLong("institution_id"),
						this.registry.find(rs.getLong("institution_id")).map(InstitutionView::name).orElse(""),
						rs.getString("inspector"), rs.getInt("planned_month"), rs.getString("grade"), rs.getBoolean("done"),
						rs.getString("finding"), rs.getBoolean("overdue")),
				year)
			.stream()
			.filter(item -> this.scope.inScope(user, item.institutionId()))
			.toList();
	}

	static final long OVERDUE_LOCK_KEY = 2021_33_20L;

	/** Records that a planned inspection took place, with what it found. */
	@Transactional
	public void complete(CurrentUser user, long itemId, String finding) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		Long institutionId = this.jdbc.query("select institution_id from inspection_plan_item where id = ?",
				rs -> rs.next() ? rs.getLong(1) : null, itemId);
		if (institutionId == null || !this.scope.inScope(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到检查计划");
		}
		if (finding == null || finding.isBlank()) {
			throw new SupervisionRejectedException("请填写检查情况");
		}
		int updated = this.jdbc.update("""
				update inspection_plan_item set done = true, finding = ?, done_by = ?, done_at = ?
				where id = ? and not done""", finding.trim(), user.getUsername(), Timestamp.from(this.clock.instant()),
				itemId);
		if (updated == 0) {
			throw new SupervisionRejectedException("该检查已记录完成");
		}
		this.auditLog.record(user.getUsername(), "完成日常检查", "INSTITUTION", institutionId, finding.trim());
	}

	@org.springframework.scheduling.annotation.Scheduled(cron = "${jianping.inspection.cron:0 20 0 * * *}",
			zone = "Asia/Shanghai")
	public void scheduled() {
		markOverdue();
	}

	/** Daily: planned inspections whose month has passed without being done are marked overdue; idempotent. */
	@Transactional
	public int markOverdue() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, OVERDUE_LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		return this.jdbc.update("""
				update inspection_plan_item set overdue = true
				where not done and not overdue and (make_date(plan_year, planned_month, 1) + interval '1 month')::date <= ?""",
				java.sql.Date.valueOf(java.time.LocalDate.now(this.clock)));
	}

	/** A planned inspection on a home page's to-do list. */
	public record InspectionTodo(long id, long institutionId, String institutionName, String task,
			java.time.LocalDate deadline, boolean overdue) {
	}

	/**
	 * Inspections due this month or overdue: for the district office and the center the ones they
	 * carry out, for an institution the ones announced to it.
	 */
	@Transactional(readOnly = true)
	public List<InspectionTodo> todos(CurrentUser user) {
		if (!(user.hasRole(Role.CENTER) || user.hasRole(Role.DISTRICT) || user.hasRole(Role.INSTITUTION))) {
			return List.of();
		}
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		List<InspectionTodo> todos = new ArrayList<>();
		this.jdbc.query("""
				select id, institution_id, plan_year, planned_month, overdue from inspection_plan_item
				where not done and make_date(plan_year, planned_month, 1) <= ? order by plan_year, planned_month, id""",
				rs -> {
					long institutionId = rs.getLong("institution_id");
					InstitutionView institution = this.registry.find(institutionId).orElse(null);
					if (institution == null || !this.scope.inScope(user, institutionId)
							|| user.hasRole(Role.CENTER) && institution.districtCode() != null) {
						return;
					}
					java.time.LocalDate deadline = java.time.YearMonth.of(rs.getInt("plan_year"), rs.getInt("planned_month"))
						.atEndOfMonth();
					boolean overdue = rs.getBoolean("overdue") || today.isAfter(deadline);
					String task = user.hasRole(Role.INSTITUTION) ? "接受日常检查（" + rs.getInt("planned_month") + " 月）"
							: (overdue ? "日常检查已逾期" : "开展日常检查");
					todos.add(new InspectionTodo(rs.getLong("id"), institutionId, institution.name(), task, deadline,
							overdue));
				}, java.sql.Date.valueOf(today));
		return todos;
	}

	/** Draws a sample; with no seed given a fresh one is chosen and recorded with the population. */
	@Transactional
	public Draw draw(CurrentUser user, String title, List<Long> population, int size, Long seed) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU);
		if (title == null || title.isBlank()) {
			throw new SupervisionRejectedException("请填写抽查名称");
		}
		long usedSeed = seed != null ? seed : this.random.nextLong();
		List<Long> sorted = population.stream().distinct().sorted().toList();
		List<Long> sample;
		try {
			sample = SampleDraw.draw(sorted, size, usedSeed);
		}
		catch (IllegalArgumentException ex) {
			throw new SupervisionRejectedException(ex.getMessage());
		}
		Long id = this.jdbc.queryForObject("""
				insert into spot_check_draw (title, seed, population, sample_size, sample, drawn_by, drawn_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, title.trim(), usedSeed, join(sorted), size,
				join(sample), user.getUsername(), Timestamp.from(this.clock.instant()));
		this.auditLog.record(user.getUsername(), "专项抽查抽取", "SPOT_CHECK", id,
				"种子 " + usedSeed + "，总体 " + sorted.size() + " 个，抽取 " + size + " 个");
		return new Draw(id, title.trim(), usedSeed, sorted, size, sample, user.getUsername(), this.clock.instant());
	}

	/**
	 * Draws among the institutions in status 正常, optionally of one type and/or one registering
	 * authority ({@code CITY} for the city level, else a district code).
	 */
	@Transactional
	public Draw drawAmongNormal(CurrentUser user, String title, InstitutionType type, String authority, int size,
			Long seed) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU);
		List<Long> population = this.registry.all()
			.stream()
			.filter(i -> i.status() == InstitutionStatus.NORMAL)
			.filter(i -> type == null || i.type() == type)
			.filter(i -> authority == null || authority.isBlank()
					|| ("CITY".equals(authority) ? i.districtCode() == null : authority.equals(i.districtCode())))
			.map(InstitutionView::id)
			.toList();
		if (population.isEmpty()) {
			throw new SupervisionRejectedException("符合条件的机构为 0 个，无法抽取");
		}
		return draw(user, title, population, size, seed);
	}

	/** Every recorded draw, newest first; staff of any level may check them. */
	@Transactional(readOnly = true)
	public List<Draw> draws(CurrentUser user) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		return this.jdbc.query("select * from spot_check_draw order by id desc", (rs, n) -> toDraw(rs));
	}

	@Transactional(readOnly = true)
	public Draw draw(CurrentUser user, long drawId) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		return this.jdbc.query("select * from spot_check_draw where id = ?", (rs, n) -> toDraw(rs), drawId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new SupervisionNotFoundException("未找到抽查记录"));
	}

	/** The findings of a draw that the user may see, by institution. */
	@Transactional(readOnly = true)
	public Map<Long, Finding> findings(CurrentUser user, long drawId) {
		Map<Long, Finding> findings = new LinkedHashMap<>();
		this.jdbc.query("select * from spot_check_finding where draw_id = ? order by institution_id", rs -> {
			long institutionId = rs.getLong("institution_id");
			if (this.scope.inScope(user, institutionId)) {
				findings.put(institutionId, new Finding(institutionId, rs.getString("finding"),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
			}
		}, drawId);
		return findings;
	}

	private static Draw toDraw(ResultSet rs) throws SQLException {
		return new Draw(rs.getLong("id"), rs.getString("title"), rs.getLong("seed"), split(rs.getString("population")),
				rs.getInt("sample_size"), split(rs.getString("sample")), rs.getString("drawn_by"),
				rs.getTimestamp("drawn_at").toInstant());
	}

	/** Anyone can re-draw a recorded draw from its seed and population and compare. */
	@Transactional(readOnly = true)
	public boolean verifyDraw(long drawId) {
		return this.jdbc.query("select seed, population, sample_size, sample from spot_check_draw where id = ?", rs -> {
			if (!rs.next()) {
				throw new SupervisionNotFoundException("未找到抽查记录");
			}
			List<Long> again = SampleDraw.draw(split(rs.getString(2)), rs.getInt(3), rs.getLong(1));
			return join(again).equals(rs.getString(4));
		}, drawId);
	}

	@Transactional
	public void recordFinding(CurrentUser user, long drawId, long institutionId, String finding) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		if (finding == null || finding.isBlank()) {
			throw new SupervisionRejectedException("请填写检查发现");
		}
		if (!this.scope.inScope(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		String sample = this.jdbc.query("select sample from spot_check_draw where id = ?",
				rs -> rs.next() ? rs.getString(1) : null, drawId);
		if (sample == null) {
			throw new SupervisionNotFoundException("未找到抽查记录");
		}
		if (!split(sample).contains(institutionId)) {
			throw new SupervisionRejectedException("该机构不在本次抽查的样本中");
		}
		this.jdbc.update("""
				insert into spot_check_finding (draw_id, institution_id, finding, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?) on conflict (draw_id, institution_id) do update set finding = excluded.finding,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""", drawId, institutionId,
				finding.trim(), user.getUsername(), Timestamp.from(this.clock.instant()));
		this.auditLog.record(user.getUsername(), "记录抽查发现", "INSTITUTION", institutionId, finding.trim());
	}

	private static String join(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> split(String text) {
		return text.isBlank() ? List.of() : new ArrayList<>(Arrays.stream(text.split(",")).map(Long::valueOf).toList());
	}

}
