package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.model.ParticipationPolicy;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSetStatus;
import cn.gov.cq.jianping.scoring.RuleSetView;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评估批次: created by the bureau (or the center on its behalf), the participant list
 * proposed by 第八条 and adjusted with reasons, then launched into one case per participant.
 */
@Service
public class EvaluationRounds {

	static final String AUDIT_TYPE = "ROUND";

	private final EvaluationRoundRepository rounds;

	private final CaseTimeline timeline;

	private final InstitutionRegistry registry;

	private final RuleSets ruleSets;

	private final AuditLog auditLog;

	private final Clock clock;

	EvaluationRounds(EvaluationRoundRepository rounds, CaseTimeline timeline, InstitutionRegistry registry,
			RuleSets ruleSets, AuditLog auditLog, Clock clock) {
		this.rounds = rounds;
		this.timeline = timeline;
		this.registry = registry;
		this.ruleSets = ruleSets;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What creating a round takes. */
	public record RoundForm(String name, Integer year, Long appraisalRuleSetId, Long levelRuleSetId,
			LocalDate selfDeadline, LocalDate districtDeadline, LocalDate centerDeadline,
			ConsolidationMethod consolidationMethod) {
	}

	/** A round as the pages show it. */
	public record RoundView(long id, String name, int year, long appraisalRuleSetId, long levelRuleSetId,
			LocalDate selfDeadline, LocalDate districtDeadline, LocalDate centerDeadline,
			ConsolidationMethod consolidationMethod, String status, boolean launched, long version,
			List<ParticipantView> participants) {
	}

	/** One candidate institution and whether, and why, it takes part. */
	public record ParticipantView(long institutionId, String institutionName, String type, String authority,
			LocalDate registeredOn, String status, boolean included, boolean defaultIncluded, String reason,
			String decidedBy) {
	}

	/** A refusal naming the form field at fault. */
	public static class RoundRejectedException extends RuntimeException {

		private final String field;

		public RoundRejectedException(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	@Transactional
	public long create(CurrentUser user, RoundForm form) {
		requireOrganiser(user);
		String name = form.name() == null ? "" : form.name().trim();
		if (name.isEmpty()) {
			throw new RoundRejectedException("name", "请填写批次名称");
		}
		if (name.length() > 100) {
			throw new RoundRejectedException("name", "批次名称不能超过 100 个字符");
		}
		if (this.rounds.existsByName(name)) {
			throw new RoundRejectedException("name", "已有同名评估批次");
		}
		if (form.year() == null || form.year() < 2021 || form.year() > 2100) {
			throw new RoundRejectedException("year", "请填写评估年度（2021 年及以后）");
		}
		requireFrozen(form.appraisalRuleSetId(), RubricCode.APPRAISAL, "appraisalRuleSetId");
		requireFrozen(form.levelRuleSetId(), RubricCode.LEVEL, "levelRuleSetId");
		if (form.selfDeadline() == null) {
			throw new RoundRejectedException("selfDeadline", "请填写自评截止日期");
		}
		if (form.districtDeadline() == null || form.districtDeadline().isBefore(form.selfDeadline())) {
			throw new RoundRejectedException("districtDeadline", "区县初评截止日期须不早于自评截止日期");
		}
		if (form.centerDeadline() == null || form.centerDeadline().isBefore(form.districtDeadline())) {
			throw new RoundRejectedException("centerDeadline", "中心评估截止日期须不早于区县初评截止日期");
		}
		ConsolidationMethod method = form.consolidationMethod() == null ? ConsolidationMethod.MEAN
				: form.consolidationMethod();
		EvaluationRound round = new EvaluationRound(name, form.year(), form.appraisalRuleSetId(), form.levelRuleSetId(),
				form.selfDeadline(), form.districtDeadline(), form.centerDeadline(), method, user.getUsername(),
				this.clock.instant());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE);
		for (InstitutionView institution : this.registry.all()) {
			ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(form.year(),
					institution.registeredOn(), institution.expiresOn(), institution.status(), today);
			round.addParticipant(new EvaluationRound.Participant(institution.id(), decision.included(),
					decision.included(), decision.reason(), "系统默认"));
		}
		round = this.rounds.save(round);
		this.auditLog.record(user.getUsername(), "评估批次创建", AUDIT_TYPE, round.getId(), name);
		return round.getId();
	}

	@Transactional
	public void decide(CurrentUser user, long roundId, long institutionId, boolean include, String reason) {
		requireOrganiser(user);
		EvaluationRound round = find(roundId);
		round.decide(institutionId, include, reason, user.getUsername());
		this.auditLog.record(user.getUsername(), include ? "纳入评估名单" : "移出评估名单", AUDIT_TYPE, roundId,
				"机构 " + institutionId + "：" + (reason == null ? "" : reason.trim()));
	}

	/** Launching creates one case, and so one to-do, per included institution. */
	@Transactional
	public int launch(CurrentUser user, long roundId, Long version) {
		requireOrganiser(user);
		EvaluationRound round = find(roundId);
		if (version != null && version != round.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(EvaluationRound.class, roundId);
		}
		round.launch(user.getUsername(), this.clock.instant());
		Map<Long, InstitutionView> institutions = this.registry.all()
			.stream()
			.collect(Collectors.toMap(InstitutionView::id, Function.identity()));
		int created = 0;
		for (EvaluationRound.Participant participant : round.getParticipants()) {
			if (!participant.included()) {
				continue;
			}
			InstitutionView institution = institutions.get(participant.institutionId());
			RubricCode rubric = institution.type() == InstitutionType.APPRAISAL ? RubricCode.APPRAISAL
					: RubricCode.LEVEL;
			long ruleSetId = rubric == RubricCode.APPRAISAL ? round.getAppraisalRuleSetId() : round.getLevelRuleSetId();
			EvaluationCase evaluationCase = new EvaluationCase(roundId, institution.id(), institution.name(), rubric,
					institution.districtCode(), ruleSetId, this.clock.instant());
			this.timeline.record(evaluationCase, user, "评估批次启动", null, evaluationCase.getStage(),
					"参评理由：" + participant.reason());
			created++;
		}
		this.auditLog.record(user.getUsername(), "评估批次启动", AUDIT_TYPE, roundId, "创建评估案件 " + created + " 个");
		return created;
	}

	@Transactional(readOnly = true)
	public List<RoundView> list() {
		return this.rounds.findAllByOrderByIdDesc()
			.stream()
			.map(round -> toView(round, Map.of(), false, null))
			.toList();
	}

	@Transactional(readOnly = true)
	public RoundView view(long roundId) {
		Map<Long, InstitutionView> institutions = this.registry.all()
			.stream()
			.collect(Collectors.toMap(InstitutionView::id, Function.identity()));
		return toView(find(roundId), institutions, true,
				LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE));
	}

	EvaluationRound find(long roundId) {
		return this.rounds.findById(roundId)
			.orElseThrow(() -> new CaseNotFoundException("未找到评估批次（编号 " + roundId + "）"));
	}

	private void requireFrozen(Long ruleSetId, RubricCode code, String field) {
		if (ruleSetId == null) {
			throw new RoundRejectedException(field, "请选择" + code.label() + "的评分细则");
		}
		RuleSetView view;
		try {
			view = this.ruleSets.view(ruleSetId);
		}
		catch (RuntimeException ex) {
			throw new RoundRejectedException(field, "评分细则不存在");
		}
		if (view.rubricCode() != code) {
			throw new RoundRejectedException(field, "所选评分细则不适用于" + code.label());
		}
		if (view.status() != RuleSetStatus.FROZEN) {
			throw new RoundRejectedException(field, "评分细则“" + view.name() + "”尚未冻结，冻结后才能用于评估批次");
		}
	}

	private static void requireOrganiser(CurrentUser user) {
		if (!(user.hasRole(Role.BUREAU) || user.hasRole(Role.CENTER))) {
			throw new AccessDeniedException("只有市人力社保局或鉴定指导中心可以组织评估批次");
		}
	}

	private static RoundView toView(EvaluationRound round, Map<Long, InstitutionView> institutions,
			boolean withParticipants, LocalDate today) {
		List<ParticipantView> participants = new ArrayList<>();
		if (withParticipants) {
			for (EvaluationRound.Participant p : round.getParticipants()) {
				InstitutionView institution = institutions.get(p.institutionId());
				if (institution == null) {
					continue;
				}
				participants.add(new ParticipantView(p.institutionId(), institution.name(), institution.type().label(),
						institution.authorityLabel(), institution.registeredOn(), institution.statusLabelOn(today),
						p.included(), p.defaultIncluded(), p.reason(), p.decidedBy()));
			}
			participants.sort((a, b) -> Boolean.compare(b.included(), a.included()) != 0
					? Boolean.compare(b.included(), a.included()) : a.institutionName().compareTo(b.institutionName()));
		}
		return new RoundView(round.getId(), round.getName(), round.getYear(), round.getAppraisalRuleSetId(),
				round.getLevelRuleSetId(), round.getSelfDeadline(), round.getDistrictDeadline(),
				round.getCenterDeadline(), round.getConsolidationMethod(), round.getStatus().label(),
				round.getStatus() == EvaluationRound.Status.LAUNCHED, round.getVersion(), participants);
	}

}
