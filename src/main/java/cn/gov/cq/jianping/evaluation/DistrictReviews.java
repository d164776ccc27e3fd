package cn.gov.cq.jianping.evaluation;

import java.time.Clock;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 区县初评 (第十条): the district forwards its complete review to the center or returns the
 * self-assessment; after the deadline the center may go on without it.
 */
@Service
public class DistrictReviews {

	private final CaseAccess access;

	private final CaseSheets sheets;

	private final CaseSummaries summaries;

	private final CaseTimeline timeline;

	private final Clock clock;

	DistrictReviews(CaseAccess access, CaseSheets sheets, CaseSummaries summaries, CaseTimeline timeline, Clock clock) {
		this.access = access;
		this.sheets = sheets;
		this.summaries = summaries;
		this.timeline = timeline;
		this.clock = clock;
	}

	@Transactional
	public void forwardToCenter(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		ScoreSheet sheet = this.sheets.shared(caseId, SheetKind.DISTRICT)
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存初评意见"));
		this.sheets.requireComplete(evaluationCase, SheetKind.DISTRICT, sheet);
		CaseTransition transition = evaluationCase.forwardToCenter(user.role(), this.clock.instant());
		sheet.submit(this.clock.instant());
		this.timeline.record(evaluationCase, user, transition, "初评合计 " + CaseSheets.plain(sheet.getTotal()) + " 分");
	}

	@Transactional
	public void returnToInstitution(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		CaseTransition transition = evaluationCase.returnToInstitution(user.role(), reason, this.clock.instant());
		this.sheets.shared(caseId, SheetKind.SELF).ifPresent(sheet -> sheet.reopen(this.clock.instant()));
		this.timeline.record(evaluationCase, user, transition, null);
	}

	@Transactional
	public void proceedWithoutDistrictReview(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		EvaluationRound round = this.summaries.round(evaluationCase);
		this.timeline.record(evaluationCase, user, evaluationCase.proceedWithoutDistrictReview(user.role(),
				round.districtDeadline().isMissedAt(this.clock.instant()), this.clock.instant()), null);
	}

}
