package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsensusDeviation;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.Disagreement;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;
import cn.gov.cq.jianping.scoring.model.Sheet;

import org.springframework.stereotype.Component;

/**
 * A case's score sheets and their scoring by the case's rule set: finding, scoring,
 * checking completeness and showing them.
 */
@Component
class CaseSheets {

	private final ScoreSheetRepository sheets;

	private final RuleSets ruleSets;

	private final ScoringEngine engine;

	private final ExpertRepository experts;

	private final PanelConsolidation consolidation;

	CaseSheets(ScoreSheetRepository sheets, RuleSets ruleSets, ScoringEngine engine, ExpertRepository experts,
			PanelConsolidation consolidation) {
		this.sheets = sheets;
		this.ruleSets = ruleSets;
		this.engine = engine;
		this.experts = experts;
		this.consolidation = consolidation;
	}

	/**
	 * The experts' disagreement per criterion and every panel score outside their range
	 * (a 组长合议 deviation, its reason kept as the criterion's note on the panel sheet).
	 */
	CaseViews.PanelFindings findings(EvaluationCase evaluationCase) {
		List<Sheet> submitted = ofKind(evaluationCase.getId(), SheetKind.EXPERT).stream()
			.filter(ScoreSheet::isSubmitted)
			.map(CaseSheets::sheetOf)
			.toList();
		if (submitted.isEmpty()) {
			return CaseViews.PanelFindings.NONE;
		}
		List<Disagreement> disagreements;
		try {
			disagreements = this.consolidation
				.consolidate(ruleSet(evaluationCase), ConsolidationMethod.MEAN, submitted, List.of())
				.disagreements();
		}
		catch (InvalidInputException ex) {
			return CaseViews.PanelFindings.NONE;
		}
		List<ConsensusDeviation> deviations = new ArrayList<>();
		Map<String, ScoreSheet.Entry> panel = shared(evaluationCase.getId(), SheetKind.PANEL)
			.map(ScoreSheet::getEntries)
			.orElse(Map.of());
		for (Disagreement d : disagreements) {
			ScoreSheet.Entry entry = panel.get(d.criterionCode());
			BigDecimal score = (entry == null || entry.input() == null) ? null : entry.input().value();
			if (score != null && d.min() != null && (score.compareTo(d.min()) < 0 || score.compareTo(d.max()) > 0)) {
				deviations.add(new ConsensusDeviation(d.criterionCode(), score, d.min(), d.max(),
						entry.note() == null ? "（未填写理由）" : entry.note()));
			}
		}
		return new CaseViews.PanelFindings(disagreements, deviations);
	}

	RuleSet ruleSet(EvaluationCase evaluationCase) {
		return this.ruleSets.ruleSet(evaluationCase.getRuleSetId());
	}

	/** The one sheet of a kind that has no personal author (self, district, panel). */
	Optional<ScoreSheet> shared(long caseId, SheetKind kind) {
		return this.sheets.findByCaseIdAndKindAndAuthor(caseId, kind, kind.name());
	}

	Optional<ScoreSheet> expertSheet(long caseId, String username) {
		return this.sheets.findByCaseIdAndKindAndAuthor(caseId, SheetKind.EXPERT, username);
	}

	boolean expertSheetSubmitted(long caseId, String username) {
		return expertSheet(caseId, username).map(ScoreSheet::isSubmitted).orElse(false);
	}

	List<ScoreSheet> all(long caseId) {
		return this.sheets.findByCaseIdOrderByIdAsc(caseId);
	}

	List<ScoreSheet> ofKind(long caseId, SheetKind kind) {
		return this.sheets.findByCaseIdAndKind(caseId, kind);
	}

	/** The user's sheet of this kind, or a new empty one. */
	ScoreSheet sheetFor(EvaluationCase evaluationCase, SheetKind kind, String username, Instant now) {
		String author = kind == SheetKind.EXPERT ? username : kind.name();
		return this.sheets.findByCaseIdAndKindAndAuthor(evaluationCase.getId(), kind, author)
			.orElseGet(() -> new ScoreSheet(evaluationCase.getId(), kind, author, now));
	}

	ScoreSheet save(ScoreSheet sheet) {
		return this.sheets.save(sheet);
	}

	/** The submitted total of a shared sheet, or null. */
	BigDecimal submittedTotal(long caseId, SheetKind kind) {
		return shared(caseId, kind).filter(ScoreSheet::isSubmitted).map(ScoreSheet::getTotal).orElse(null);
	}

	void reopenPanelSheet(long caseId, Instant now) {
		shared(caseId, SheetKind.PANEL).ifPresent(sheet -> sheet.reopen(now));
	}

	/** Scores input by the case's rule set; the district scores whole items. */
	ScoreResult score(EvaluationCase evaluationCase, SheetKind kind, SheetInput input) {
		RuleSet ruleSet = ruleSet(evaluationCase);
		try {
			if (kind == SheetKind.DISTRICT) {
				Map<String, BigDecimal> items = new LinkedHashMap<>();
				input.inputs().forEach((code, value) -> {
					if (value.value() != null) {
						items.put(code, value.value());
					}
				});
				return this.engine.scoreItems(ruleSet.rubric(), items, List.of());
			}
			Map<String, CriterionInput> inputs = new LinkedHashMap<>();
			input.inputs().forEach((code, value) -> {
				if (!(value.value() == null && value.met() == null && value.count() == null && value.numerator() == null
						&& value.denominator() == null)) {
					inputs.put(code, value);
				}
			});
			return this.engine.score(ruleSet, new Sheet(inputs), List.of());
		}
		catch (InvalidInputException ex) {
			throw new SheetRejectedException(ex.errors());
		}
	}

	/** Refuses to submit a sheet on which items are still unscored, naming up to five. */
	void requireComplete(EvaluationCase evaluationCase, SheetKind kind, ScoreSheet sheet) {
		ScoreResult result = score(evaluationCase, kind, inputOf(sheet));
		if (!result.complete()) {
			throw new IllegalTransitionException("尚有 " + result.missingItems().size() + " 个项目未评分（"
					+ String.join("、", result.missingItems().subList(0, Math.min(5, result.missingItems().size())))
					+ (result.missingItems().size() > 5 ? "等" : "") + "），请评完后再提交");
		}
	}

	CaseViews.SheetView toView(ScoreSheet sheet, RuleSet ruleSet, EvaluationCase evaluationCase) {
		Map<String, CaseViews.EntryView> entries = new LinkedHashMap<>();
		sheet.getEntries()
			.forEach((code, entry) -> entries.put(code, new CaseViews.EntryView(entry.input(), entry.note())));
		ScoreResult result;
		try {
			result = sheet.getKind() == SheetKind.PANEL ? null : score(evaluationCase, sheet.getKind(), inputOf(sheet));
		}
		catch (SheetRejectedException ex) {
			result = null;
		}
		String authorName = sheet.getKind() == SheetKind.EXPERT
				? this.experts.findByUsername(sheet.getAuthor()).map(Expert::getName).orElse(sheet.getAuthor())
				: sheet.getKind().label();
		return new CaseViews.SheetView(sheet.getId(), sheet.getKind(), sheet.getAuthor(), authorName,
				sheet.isSubmitted(), sheet.getTotal(), sheet.getGrade(), entries, vetoViews(sheet, ruleSet.rubric()),
				sheet.getOpinion(), sheet.getSubmittedAt(), sheet.getVersion(), result);
	}

	static List<CaseViews.VetoView> vetoViews(ScoreSheet sheet, RubricDefinition rubric) {
		List<CaseViews.VetoView> views = new ArrayList<>();
		sheet.getVetoes()
			.forEach((code, veto) -> views.add(new CaseViews.VetoView(code,
					rubric.veto(code).map(v -> v.text()).orElse(code), veto.severity(), veto.reason())));
		return views;
	}

	static Sheet sheetOf(ScoreSheet sheet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		sheet.getEntries().forEach((code, entry) -> inputs.put(code, entry.input()));
		return new Sheet(inputs);
	}

	private static SheetInput inputOf(ScoreSheet sheet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		sheet.getEntries().forEach((code, entry) -> inputs.put(code, entry.input()));
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

	/** A total as the timeline writes it: no trailing zeros, a dash when absent. */
	static String plain(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
