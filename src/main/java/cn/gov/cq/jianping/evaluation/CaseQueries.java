package cn.gov.cq.jianping.evaluation;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.SheetVisibility;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.RuleSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read about cases: one case as the user may see it, the lists within
 * their scope, and the to-dos of the workbench.
 */
@Service
public class CaseQueries {

	/** The center's to-do while a case waits for its review (第十一条). */
	public static final String CENTER_REVIEW_TASK = "审核专家组评估结果并报送市局";

	private final CaseAccess access;

	private final CaseSummaries summaries;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final EvidenceFiles evidence;

	private final DailyRecord dailyRecord;

	CaseQueries(CaseAccess access, CaseSummaries summaries, CaseSheets sheets, CaseTimeline timeline,
			EvidenceFiles evidence, DailyRecord dailyRecord) {
		this.access = access;
		this.summaries = summaries;
		this.sheets = sheets;
		this.timeline = timeline;
		this.evidence = evidence;
		this.dailyRecord = dailyRecord;
	}

	/**
	 * One case with the sheets and evidence the user may see ({@link SheetVisibility});
	 * 404 outside scope.
	 */
	@Transactional(readOnly = true)
	public CaseViews.CaseDetail detail(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		EvaluationRound round = this.summaries.round(evaluationCase);
		RuleSet ruleSet = this.sheets.ruleSet(evaluationCase);
		List<ScoreSheet> all = this.sheets.all(caseId);
		boolean ownSubmitted = user.hasRole(Role.EXPERT) && this.access.expert(user.getUsername()).isPresent()
				&& all.stream()
					.anyMatch(s -> s.getKind() == SheetKind.EXPERT && s.getAuthor().equals(user.getUsername())
							&& s.isSubmitted());
		SheetVisibility visibility = new SheetVisibility(user.role(), user.getUsername(), ownSubmitted);
		boolean hideOtherExperts = false;
		List<CaseViews.SheetView> visibleSheets = new ArrayList<>();
		for (ScoreSheet sheet : all) {
			if (!visibility.maySeeSheet(sheet.getKind(), sheet.getAuthor(), sheet.isSubmitted())) {
				hideOtherExperts |= sheet.getKind() == SheetKind.EXPERT;
				continue;
			}
			visibleSheets.add(this.sheets.toView(sheet, ruleSet, evaluationCase));
		}
		return new CaseViews.CaseDetail(this.summaries.summary(evaluationCase, round), ruleSet.rubric(), ruleSet,
				round.getSelfDeadline(), round.getDistrictDeadline(), round.getCenterDeadline(),
				round.getConsolidationMethod().label(), evaluationCase.visit().visitDate(),
				evaluationCase.getPanelOpinion(), evaluationCase.getApprovedBy(), evaluationCase.getApprovedAt(),
				evaluationCase.getApprovedTotal(), visibleSheets, this.access.members(caseId),
				this.timeline.entries(caseId, visibility), this.evidence.visibleFiles(caseId, visibility),
				this.dailyRecord.linesFor(evaluationCase), hideOtherExperts, this.dailyRecord.factsFor(evaluationCase),
				evaluationCase.visit().actualVisitDate(), evaluationCase.visit().actualVisitReason());
	}

	/** The cases the user works on, within their scope. */
	@Transactional(readOnly = true)
	public List<CaseViews.CaseSummary> casesOf(CurrentUser user) {
		return this.summaries.casesOf(user);
	}

	@Transactional(readOnly = true)
	public List<CaseViews.CaseSummary> casesOfRound(CurrentUser user, long roundId) {
		CaseAccess.requireRole(user, Role.CENTER, Role.BUREAU);
		EvaluationRound round = this.summaries.round(roundId);
		return this.summaries.ofRound(roundId).stream().map(c -> this.summaries.summary(c, round)).toList();
	}

	/**
	 * What waits for the user now in the current rounds; overdue items first. One
	 * statement ({@link CaseTodos}).
	 */
	@Transactional(readOnly = true)
	public List<CaseViews.TodoItem> todos(CurrentUser user) {
		return this.summaries.todos(user);
	}

}
