package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.PanelComposition;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组建专家组 (第十一条): the center forms a case's panel by {@link PanelComposition}, and each
 * expert signs the no-conflict declaration before seeing the case.
 */
@Service
public class Panels {

	private final CaseAccess access;

	private final ExpertRepository experts;

	private final PanelMemberRepository panel;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final Clock clock;

	Panels(CaseAccess access, ExpertRepository experts, PanelMemberRepository panel, CaseSheets sheets,
			CaseTimeline timeline, Clock clock) {
		this.access = access;
		this.experts = experts;
		this.panel = panel;
		this.sheets = sheets;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** 第十一条: a panel of at least three experts with one lead, none with a conflict. */
	@Transactional
	public void formPanel(CurrentUser user, long caseId, List<Long> expertIds, Long leadId, LocalDate visitDate) {
		CaseAccess.requireRole(user, Role.CENTER);
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		evaluationCase.requireStage(CaseAction.FORM_PANEL);
		long institutionId = evaluationCase.getInstitutionId();
		PanelComposition.Outcome outcome = PanelComposition.compose(expertIds, leadId, visitDate,
				!this.sheets.ofKind(caseId, SheetKind.EXPERT).isEmpty(),
				id -> this.experts.findById(id)
					.map(e -> new PanelComposition.Candidate(e.getId(), e.getName(),
							e.conflictsWith(institutionId) ? e.getConflicts().get(institutionId) : null)));
		if (outcome instanceof PanelComposition.Refused refused) {
			throw new IllegalTransitionException(refused.reason());
		}
		PanelComposition.Formed formed = (PanelComposition.Formed) outcome;
		CaseVisit visit = CaseVisit.scheduled(visitDate, this.access.today());
		this.panel.deleteByCaseId(caseId);
		for (Long expertId : formed.members()) {
			this.panel.save(new PanelMember(caseId, expertId, expertId.equals(formed.leadId())));
		}
		evaluationCase.changeVisit(visit, this.clock.instant());
		this.timeline.record(evaluationCase, user, "组建专家组", null, null,
				String.join("、", formed.names()) + "；实地检查 " + visitDate);
	}

	/**
	 * As {@link #formPanel}, the refusal returned for the page to show beside the form.
	 */
	@Transactional
	public Attempt<Void> tryFormPanel(CurrentUser user, long caseId, List<Long> expertIds, Long leadId,
			LocalDate visitDate) {
		return Attempt.of(() -> formPanel(user, caseId, expertIds, leadId, visitDate));
	}

	/**
	 * The expert signs that they have no conflict with the institution before seeing the
	 * case.
	 */
	@Transactional
	public void declareNoConflict(CurrentUser user, long caseId) {
		PanelMember member = this.access.membership(user, caseId);
		EvaluationCase evaluationCase = this.access.find(caseId);
		member.declareNoConflict(this.clock.instant());
		this.panel.save(member);
		this.timeline.record(evaluationCase, user, "签署无利益冲突声明", null, null, null);
	}

	/** For the expert pages: whether the user sits on the panel and still has to sign. */
	@Transactional(readOnly = true)
	public boolean needsDeclaration(CurrentUser user, long caseId) {
		return user.hasRole(Role.EXPERT) && !this.access.membership(user, caseId).hasDeclared();
	}

}
