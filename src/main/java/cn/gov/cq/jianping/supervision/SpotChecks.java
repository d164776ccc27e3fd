package cn.gov.cq.jianping.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.institution.InstitutionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专项检查/抽查 (第二十条): reproducible draws among institutions, recorded with seed and
 * population so anyone can re-draw them, and the findings at the institutions sampled.
 */
@Service
public class SpotChecks {

	private final SpotCheckDrawRepository draws;

	private final InstitutionRegistry registry;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SpotChecks(SpotCheckDrawRepository draws, InstitutionRegistry registry, SupervisionScope scope, AuditLog auditLog,
			Clock clock) {
		this.draws = draws;
		this.registry = registry;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A recorded draw, with what it takes to re-draw it. */
	public record Draw(long id, String title, long seed, List<Long> population, int size, List<Long> sample,
			String drawnBy, Instant drawnAt) {
	}

	/** A finding recorded for a sampled institution. */
	public record Finding(long institutionId, String finding, String recordedBy, Instant recordedAt) {
	}

	/**
	 * Draws a sample; with no seed given a fresh one is chosen and recorded with the
	 * population.
	 */
	@Transactional
	public Draw draw(CurrentUser user, String title, List<Long> population, int size, Long seed) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU);
		if (title == null || title.isBlank()) {
			throw new SupervisionRejectedException("请填写抽查名称");
		}
		long usedSeed = seed != null ? seed : this.random.nextLong();
		SpotCheckDraw draw;
		try {
			draw = new SpotCheckDraw(title.trim(), population, size, usedSeed, user.getUsername(),
					this.clock.instant());
		}
		catch (IllegalArgumentException ex) {
			throw new SupervisionRejectedException(ex.getMessage());
		}
		draw = this.draws.save(draw);
		this.auditLog.record(user.getUsername(), "专项抽查抽取", "SPOT_CHECK", draw.getId(),
				"种子 " + usedSeed + "，总体 " + draw.getPopulation().size() + " 个，抽取 " + size + " 个");
		return toView(draw);
	}

	/**
	 * Draws among the institutions in status 正常, optionally of one type and/or one
	 * registering authority ({@code CITY} for the city level, else a district code).
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
		return this.draws.findAllByOrderByIdDesc().stream().map(SpotChecks::toView).toList();
	}

	@Transactional(readOnly = true)
	public Draw draw(CurrentUser user, long drawId) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		return toView(find(drawId));
	}

	/** The findings of a draw that the user may see, by institution. */
	@Transactional(readOnly = true)
	public Map<Long, Finding> findings(CurrentUser user, long drawId) {
		Map<Long, SpotCheckDraw.Finding> recorded = this.draws.findById(drawId)
			.map(SpotCheckDraw::getFindings)
			.orElse(Map.of());
		Map<Long, Finding> findings = new TreeMap<>();
		if (recorded.isEmpty()) {
			return findings;
		}
		SupervisionScope.Listing visible = this.scope.forList(user);
		recorded.forEach((institutionId, f) -> {
			if (visible.includes(institutionId)) {
				findings.put(institutionId,
						new Finding(institutionId, f.getText(), f.getRecordedBy(), f.getRecordedAt()));
			}
		});
		return findings;
	}

	/** Anyone can re-draw a recorded draw from its seed and population and compare. */
	@Transactional(readOnly = true)
	public boolean verifyDraw(long drawId) {
		return find(drawId).redrawsTheSame();
	}

	/**
	 * Why a finding at an institution in the user's scope would be refused for this draw,
	 * so that the draw page can show it beside the institution; empty when it would be
	 * recorded.
	 */
	@Transactional(readOnly = true)
	public Optional<String> findingRefusal(CurrentUser user, long drawId, long institutionId) {
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		return find(drawId).samples(institutionId) ? Optional.empty() : Optional.of(SpotCheckDraw.NOT_SAMPLED);
	}

	@Transactional
	public void recordFinding(CurrentUser user, long drawId, long institutionId, String finding) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		if (finding == null || finding.isBlank()) {
			throw new SupervisionRejectedException("请填写检查发现");
		}
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		find(drawId).recordFinding(institutionId, finding.trim(), user.getUsername(), this.clock.instant());
		this.auditLog.record(user.getUsername(), "记录抽查发现", "INSTITUTION", institutionId, finding.trim());
	}

	private SpotCheckDraw find(long drawId) {
		return this.draws.findById(drawId).orElseThrow(() -> new SupervisionNotFoundException("未找到抽查记录"));
	}

	private static Draw toView(SpotCheckDraw draw) {
		return new Draw(draw.getId(), draw.getTitle(), draw.getSeed(), draw.getPopulation(), draw.getSampleSize(),
				draw.getSample(), draw.getDrawnBy(), draw.getDrawnAt());
	}

}
