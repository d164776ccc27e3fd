package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.SheetEditing;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which case a user may reach: {@link DataScope} for everyone but experts, who see a case
 * only after signing the no-conflict declaration of a panel they sit on. Outside it the
 * case is not found (404), so that scope does not reveal existence.
 */
@Component
class CaseAccess {

	private final EvaluationCaseRepository cases;

	private final ExpertRepository experts;

	private final PanelMemberRepository panel;

	private final Clock clock;

	CaseAccess(EvaluationCaseRepository cases, ExpertRepository experts, PanelMemberRepository panel, Clock clock) {
		this.cases = cases;
		this.experts = experts;
		this.panel = panel;
		this.clock = clock;
	}

	/** Today in Asia/Shanghai, the day visits and deadlines are counted in. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE);
	}

	/** The case if the user may see it; otherwise 404. */
	EvaluationCase visible(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.cases.findById(caseId).orElseThrow(() -> notFound(caseId));
		if (!maySee(user, evaluationCase)) {
			throw notFound(caseId);
		}
		return evaluationCase;
	}

	private boolean maySee(CurrentUser user, EvaluationCase evaluationCase) {
		if (user.hasRole(Role.EXPERT)) {
			return expertMaySee(user, evaluationCase);
		}
		// 第十条: a district office sees only the cases it reviews first.
		if (user.hasRole(Role.DISTRICT) && !evaluationCase.isViaDistrict()) {
			return false;
		}
		return DataScope.of(user).includes(evaluationCase.getInstitutionId(), evaluationCase.getDistrictCode());
	}

	private boolean expertMaySee(CurrentUser user, EvaluationCase evaluationCase) {
		Optional<Expert> expert = this.experts.findByUsername(user.getUsername());
		if (expert.isEmpty() || expert.get().conflictsWith(evaluationCase.getInstitutionId())) {
			return false;
		}
		return this.panel.findByCaseIdAndExpertId(evaluationCase.getId(), expert.get().getId())
			.map(PanelMember::hasDeclared)
			.orElse(false);
	}

	/**
	 * The case regardless of scope, for steps whose caller has been checked otherwise.
	 */
	EvaluationCase find(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> notFound(caseId));
	}

	/** The expert's seat on the case's panel, declared or not; 404 if they have none. */
	PanelMember membership(CurrentUser user, long caseId) {
		requireRole(user, Role.EXPERT);
		Expert expert = this.experts.findByUsername(user.getUsername())
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
		EvaluationCase evaluationCase = this.cases.findById(caseId)
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
		if (expert.conflictsWith(evaluationCase.getInstitutionId())) {
			throw new CaseNotFoundException("未找到评估案件，或您无权查看");
		}
		return this.panel.findByCaseIdAndExpertId(caseId, expert.getId())
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件，或您无权查看"));
	}

	void requireLead(CurrentUser user, long caseId) {
		if (!user.hasRole(Role.EXPERT) || !membership(user, caseId).isLead()) {
			throw new IllegalTransitionException("只有专家组组长可以汇总评分和提交初定等级");
		}
	}

	/**
	 * A wrong role is a denied access; a wrong stage or a missing declaration a refusal.
	 */
	void requireMayEdit(CurrentUser user, EvaluationCase evaluationCase, SheetKind kind) {
		requireRole(user, SheetEditing.editAction(kind).role());
		boolean declared = kind != SheetKind.EXPERT
				|| evaluationCase.getStage() != SheetEditing.editAction(kind).stage()
				|| membership(user, evaluationCase.getId()).hasDeclared();
		SheetEditing.requireMayEdit(kind, evaluationCase.getStage(), declared);
		if (kind == SheetKind.EXPERT) {
			// on-site scoring opens on the visit date (or the earlier actual one)
			evaluationCase.visit().requireScoringOpen(today());
		}
	}

	/** The members of a case's panel, the lead first. */
	List<CaseViews.MemberView> members(long caseId) {
		List<CaseViews.MemberView> members = new ArrayList<>();
		for (PanelMember member : this.panel.findByCaseId(caseId)) {
			this.experts.findById(member.getExpertId())
				.ifPresent(e -> members.add(new CaseViews.MemberView(e.getId(), e.getUsername(), e.getName(),
						e.getEmployer(), member.isLead(), member.hasDeclared())));
		}
		members.sort((a, b) -> Boolean.compare(b.lead(), a.lead()));
		return members;
	}

	int panelSize(long caseId) {
		return this.panel.findByCaseId(caseId).size();
	}

	Optional<Expert> expert(String username) {
		return this.experts.findByUsername(username);
	}

	Optional<PanelMember> seat(long caseId, String username) {
		return this.experts.findByUsername(username)
			.flatMap(e -> this.panel.findByCaseIdAndExpertId(caseId, e.getId()));
	}

	static void requireRole(CurrentUser user, Role... roles) {
		for (Role role : roles) {
			if (user.hasRole(role)) {
				return;
			}
		}
		throw new AccessDeniedException("无权执行此操作");
	}

	private static CaseNotFoundException notFound(long caseId) {
		return new CaseNotFoundException("未找到评估案件（编号 " + caseId + "），或您无权查看");
	}

}
