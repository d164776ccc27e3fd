package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.VetoCompleteness;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.PanelResult;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.Sheet;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 现场评估 (第十一条): each expert submits their own sheet; the lead consolidates the panel's
 * sheets by the round's method, records the vetoes and the panel opinion, and submits the
 * initial grade.
 */
@Service
public class OnSiteScoring {

	private final CaseAccess access;

	private final CaseSheets sheets;

	private final CaseSummaries summaries;

	private final PanelConsolidation consolidation;

	private final CaseTimeline timeline;

	private final Clock clock;

	OnSiteScoring(CaseAccess access, CaseSheets sheets, CaseSummaries summaries, PanelConsolidation consolidation,
			CaseTimeline timeline, Clock clock) {
		this.access = access;
		this.sheets = sheets;
		this.summaries = summaries;
		this.consolidation = consolidation;
		this.timeline = timeline;
		this.clock = clock;
	}

	@Transactional
	public void submitExpertSheet(CurrentUser user, long caseId, Long version) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		evaluationCase.requireStage(CaseAction.SUBMIT_EXPERT_SHEET);
		evaluationCase.visit().requireScoringOpen(this.access.today());
		ScoreSheet sheet = this.sheets.expertSheet(caseId, user.getUsername())
			.orElseThrow(() -> new IllegalTransitionException("请先填写并暂存评分表"));
		SelfAssessments.requireVersion(sheet, version);
		this.sheets.requireComplete(evaluationCase, SheetKind.EXPERT, sheet);
		sheet.submit(this.clock.instant());
		this.timeline.record(evaluationCase, user, CaseTimeline.EXPERT_SUBMISSION, null, null,
				"合计 " + CaseSheets.plain(sheet.getTotal()) + " 分");
	}

	/**
	 * The panel result by the round's method, for the lead to review before submitting.
	 */
	@Transactional(readOnly = true)
	public CaseViews.Consolidation consolidate(CurrentUser user, long caseId, List<VetoFinding> vetoes,
			Map<String, BigDecimal> consensus) {
		return consolidate(user, caseId, vetoes, consensus, Map.of());
	}

	/**
	 * As above; for 组长合议 each consensus score outside the experts' range needs its reason
	 * in {@code reasons} (criterion code → reason), or the criterion is refused.
	 */
	@Transactional(readOnly = true)
	public CaseViews.Consolidation consolidate(CurrentUser user, long caseId, List<VetoFinding> vetoes,
			Map<String, BigDecimal> consensus, Map<String, String> reasons) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.access.requireLead(user, caseId);
		EvaluationRound round = this.summaries.round(evaluationCase);
		RuleSet ruleSet = this.sheets.ruleSet(evaluationCase);
		List<ScoreSheet> submitted = this.sheets.ofKind(caseId, SheetKind.EXPERT)
			.stream()
			.filter(ScoreSheet::isSubmitted)
			.toList();
		int members = this.access.panelSize(caseId);
		if (submitted.size() < members) {
			throw new IllegalTransitionException("尚有 " + (members - submitted.size()) + " 名专家未提交评分，不能汇总");
		}
		List<Sheet> expertSheets = submitted.stream().map(CaseSheets::sheetOf).toList();
		ConsolidationMethod method = round.getConsolidationMethod();
		PanelResult result;
		try {
			result = method == ConsolidationMethod.LEAD_CONSENSUS
					? this.consolidation.consolidate(ruleSet, method, expertSheets,
							consensus == null ? Map.of() : consensus, reasons == null ? Map.of() : reasons, vetoes)
					: this.consolidation.consolidate(ruleSet, method, expertSheets, vetoes);
		}
		catch (InvalidInputException ex) {
			throw new SheetRejectedException(ex.errors());
		}
		return new CaseViews.Consolidation(method.label(), result.result(), result.disagreements(), submitted.size(),
				result.consensusDeviations());
	}

	/**
	 * As {@link #consolidate}, the refusal or the rejected fields returned for the page.
	 */
	@Transactional(readOnly = true)
	public Attempt<CaseViews.Consolidation> tryConsolidate(CurrentUser user, long caseId, List<VetoFinding> vetoes,
			Map<String, BigDecimal> consensus, Map<String, String> reasons) {
		return Attempt.of(() -> consolidate(user, caseId, vetoes, consensus, reasons));
	}

	/**
	 * As {@link #submitInitialGrade}, the refusal or the rejected fields returned for the
	 * page.
	 */
	@Transactional
	public Attempt<Void> trySubmitInitialGrade(CurrentUser user, long caseId, Map<String, SheetInput.VetoInput> vetoes,
			Map<String, BigDecimal> consensus, Map<String, String> reasons, String opinion) {
		return Attempt.of(() -> submitInitialGrade(user, caseId, vetoes, consensus, reasons, opinion));
	}

	/** As below, with no 组长合议 reasons. */
	@Transactional
	public void submitInitialGrade(CurrentUser user, long caseId, Map<String, SheetInput.VetoInput> vetoes,
			Map<String, BigDecimal> consensus, String opinion) {
		submitInitialGrade(user, caseId, vetoes, consensus, Map.of(), opinion);
	}

	/**
	 * The lead records vetoes and the panel opinion and submits the initial grade to the
	 * center (第十一条), which reviews it and reports it to the bureau. The reason of each
	 * consensus score outside the experts' range stays on the panel sheet's criterion.
	 */
	@Transactional
	public void submitInitialGrade(CurrentUser user, long caseId, Map<String, SheetInput.VetoInput> vetoes,
			Map<String, BigDecimal> consensus, Map<String, String> reasons, String opinion) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		List<VetoFinding> findings = VetoCompleteness.findings(vetoes);
		CaseViews.Consolidation consolidated = consolidate(user, caseId, findings, consensus, reasons);
		ScoreResult result = consolidated.result();
		Map<String, String> deviationReasons = new LinkedHashMap<>();
		consolidated.deviations().forEach(d -> deviationReasons.put(d.criterionCode(), d.reason()));
		CaseTransition transition = evaluationCase.submitInitialGrade(user.role(), result.total(), result.grade(),
				opinion, this.clock.instant());
		ScoreSheet panelSheet = this.sheets.shared(caseId, SheetKind.PANEL)
			.orElseGet(() -> new ScoreSheet(caseId, SheetKind.PANEL, SheetKind.PANEL.name(), this.clock.instant()));
		if (panelSheet.isSubmitted()) {
			panelSheet.reopen(this.clock.instant());
		}
		Map<String, ScoreSheet.Entry> entries = new LinkedHashMap<>();
		for (CriterionScore score : result.criteria()) {
			if (score.score() != null) {
				entries.put(score.code(),
						new ScoreSheet.Entry(CriterionInput.value(score.score()), deviationReasons.get(score.code())));
			}
		}
		Map<String, ScoreSheet.Veto> vetoRows = new LinkedHashMap<>();
		findings.forEach(f -> vetoRows.put(f.code(), new ScoreSheet.Veto(f.severity(), f.reason())));
		panelSheet.replace(entries, vetoRows, opinion.trim(), result.total(), result.grade(), this.clock.instant());
		panelSheet.submit(this.clock.instant());
		this.sheets.save(panelSheet);
		this.timeline.record(evaluationCase, user, transition, String.join("；", result.explanation()));
	}

}
