package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.VisitSchedule;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.model.ConsensusDeviation;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.Disagreement;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * Read models of the review chain, as the pages and other modules see them.
 */
public final class CaseViews {

	private CaseViews() {
	}

	/** A case in a list. */
	public record CaseSummary(long id, long roundId, String roundName, long institutionId, String institutionName,
			RubricCode rubricCode, String districtCode, boolean viaDistrict, CaseStage stage, boolean selfSkipped,
			boolean districtSkipped, BigDecimal initialTotal, Grade initialGrade, Grade approvedGrade,
			LocalDate stageDeadline, boolean overdue, long version) {
	}

	/** One line of the timeline. */
	public record TimelineEntry(Instant at, String actor, String action, CaseStage from, CaseStage to, String detail) {
	}

	/** A veto on a sheet. */
	public record VetoView(String code, String text, VetoSeverity severity, String reason) {
	}

	/** One criterion's (or item's) entry. */
	public record EntryView(CriterionInput input, String note) {
	}

	/** A sheet with its computed result. */
	public record SheetView(long id, SheetKind kind, String author, String authorName, boolean submitted,
			BigDecimal total, Grade grade, Map<String, EntryView> entries, List<VetoView> vetoes, String opinion,
			Instant submittedAt, long version, ScoreResult result) {
	}

	/** An expert on the panel. */
	public record MemberView(long expertId, String username, String name, String employer, boolean lead,
			boolean declared) {
	}

	/** An evidence file, without its bytes. */
	public record EvidenceView(long id, SheetKind kind, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	/**
	 * The consolidated panel result shown to the lead, with the 组长合议 scores outside the
	 * experts' range.
	 */
	public record Consolidation(String method, ScoreResult result, List<Disagreement> disagreements, int experts,
			List<ConsensusDeviation> deviations) {
	}

	/**
	 * What the center (and the bureau) see of the panel's result: how far the experts
	 * disagreed per criterion, and every 组长合议 score outside their range with its reason.
	 */
	public record PanelFindings(List<Disagreement> disagreements, List<ConsensusDeviation> deviations) {

		public static final PanelFindings NONE = new PanelFindings(List.of(), List.of());

	}

	/**
	 * Everything a case page shows to the user who asks; sheets they may not see are
	 * absent.
	 */
	public record CaseDetail(CaseSummary summary, RubricDefinition rubric, RuleSet ruleSet, LocalDate selfDeadline,
			LocalDate districtDeadline, LocalDate centerDeadline, String consolidationMethod, LocalDate visitDate,
			String panelOpinion, String approvedBy, Instant approvedAt, BigDecimal approvedTotal,
			List<SheetView> sheets, List<MemberView> panel, List<TimelineEntry> timeline, List<EvidenceView> evidence,
			List<String> dailyRecord, boolean otherExpertsHidden, List<DailyFact> dailyFacts, LocalDate actualVisitDate,
			String actualVisitReason) {

		/**
		 * Whether experts may score on {@code today}: on or after the (actual) visit
		 * date.
		 */
		public boolean scoringOpen(LocalDate today) {
			return VisitSchedule.scoringOpen(this.visitDate, this.actualVisitDate, today);
		}

		/** What the expert's sheet says while scoring has not opened. */
		public String scoringClosedNote() {
			return VisitSchedule.closedNote(this.visitDate, this.actualVisitDate);
		}

		public SheetView sheet(SheetKind kind) {
			return this.sheets.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
		}

		public List<SheetView> sheets(SheetKind kind) {
			return this.sheets.stream().filter(s -> s.kind() == kind).toList();
		}

	}

	/** A row of the bureau's review: the three totals side by side. */
	public record ReviewRow(long caseId, String institutionName, RubricCode rubricCode, CaseStage stage,
			BigDecimal selfTotal, BigDecimal districtTotal, BigDecimal panelTotal, Grade initialGrade,
			List<VetoView> vetoes, boolean largeGap, boolean selfSkipped, boolean districtSkipped,
			List<ConsensusDeviation> deviations) {
	}

	/** Something waiting for the user, with its deadline. */
	public record TodoItem(long caseId, String institutionName, String task, LocalDate deadline, boolean overdue) {
	}

}
