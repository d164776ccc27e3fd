package cn.gov.cq.jianping.evaluation;

import java.time.Clock;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 机构自评 (第九条): the institution submits its complete self-assessment; after the deadline
 * the center may go on without it.
 */
@Service
public class SelfAssessments {

	private final CaseAccess access;

	private final CaseSheets sheets;

	private final CaseSummaries summaries;

	private final CaseTimeline timeline;

	private final Clock clock;

	SelfAssessments(CaseAccess access, CaseSheets sheets, CaseSummaries summaries, CaseTimeline timeline, Clock clock) {
		this.access = access;
		this.sheets = sheets;
		this.summaries = summaries;
		this.timeline = timeline;
		this.clock = clock;
	}

	@Transactional
	public void submitSelfAssessment(CurrentUser user, long caseId, Long version) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		ScoreSheet sheet = this.sheets.shared(caseId, SheetKind.SELF)
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存自评表"));
		requireVersion(sheet, version);
		this.sheets.requireComplete(evaluationCase, SheetKind.SELF, sheet);
		CaseTransition transition = evaluationCase.submitSelfAssessment(user.role(), this.clock.instant());
		sheet.submit(this.clock.instant());
		this.timeline.record(evaluationCase, user, transition, "自评合计 " + CaseSheets.plain(sheet.getTotal()) + " 分");
	}

	@Transactional
	public void proceedWithoutSelfAssessment(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		EvaluationRound round = this.summaries.round(evaluationCase);
		this.timeline.record(evaluationCase, user, evaluationCase.proceedWithoutSelfAssessment(user.role(),
				round.selfDeadline().isMissedAt(this.clock.instant()), this.clock.instant()), null);
	}

	static void requireVersion(ScoreSheet sheet, Long version) {
		if (version != null && version != sheet.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
		}
	}

}
