package cn.gov.cq.jianping.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Component;

/**
 * A case taken along the review chain through the use cases, step by step, as the demo
 * data and the tests need it:
 * {@code journey.of(caseId).selfAssessed(...).panelFormed(...).scored(...)
 * .initialGrade(...).reportedToBureau().approved()}. Each step is the real use case, so
 * every rule still applies.
 */
@Component
public class EvaluationJourney {

	/** The center and the bureau as the journey acts for them. */
	static final CurrentUser CENTER = CurrentUser.of(Role.CENTER, null, null);

	static final CurrentUser BUREAU = CurrentUser.of(Role.BUREAU, null, null);

	private final SheetDrafts drafts;

	private final SelfAssessments selfAssessments;

	private final DistrictReviews districtReviews;

	private final Panels panels;

	private final OnSiteScoring onSite;

	private final CenterReviews centerReviews;

	private final BureauApprovals approvals;

	private final VisitDates visits;

	EvaluationJourney(SheetDrafts drafts, SelfAssessments selfAssessments, DistrictReviews districtReviews,
			Panels panels, OnSiteScoring onSite, CenterReviews centerReviews, BureauApprovals approvals,
			VisitDates visits) {
		this.centerReviews = centerReviews;
		this.drafts = drafts;
		this.selfAssessments = selfAssessments;
		this.districtReviews = districtReviews;
		this.panels = panels;
		this.onSite = onSite;
		this.approvals = approvals;
		this.visits = visits;
	}

	/** The journey of one case. */
	public Steps of(long caseId) {
		return new Steps(caseId);
	}

	/**
	 * An expert account as the use cases know it: the username matches the pool entry.
	 */
	public static CurrentUser expert(String username) {
		return new CurrentUser(0, username, "", username, Role.EXPERT, null, null, false, true);
	}

	/** The steps of one case, each returning the journey for the next. */
	public final class Steps {

		private final long caseId;

		private Steps(long caseId) {
			this.caseId = caseId;
		}

		public long caseId() {
			return this.caseId;
		}

		/** Someone saves a draft of their sheet, without submitting it. */
		public Steps drafted(CurrentUser user, SheetKind kind, SheetInput sheet) {
			EvaluationJourney.this.drafts.saveSheet(user, this.caseId, kind, sheet);
			return this;
		}

		/** The institution saves this self-assessment and submits it (第九条). */
		public Steps selfAssessed(CurrentUser institution, SheetInput sheet) {
			EvaluationJourney.this.drafts.saveSheet(institution, this.caseId, SheetKind.SELF, sheet);
			EvaluationJourney.this.selfAssessments.submitSelfAssessment(institution, this.caseId, null);
			return this;
		}

		/** The district saves this review and forwards it to the center (第十条). */
		public Steps districtReviewed(CurrentUser district, SheetInput sheet) {
			EvaluationJourney.this.drafts.saveSheet(district, this.caseId, SheetKind.DISTRICT, sheet);
			EvaluationJourney.this.districtReviews.forwardToCenter(district, this.caseId);
			return this;
		}

		/**
		 * The center forms the panel of these experts, the first of them as lead (第十一条).
		 */
		public Steps panelFormed(List<Long> expertIds, LocalDate visitDate) {
			// a visit in the past (as in the demo's earlier rounds) is scheduled today
			// and
			// recorded as having taken place on that day, as the center would
			LocalDate today = EvaluationJourney.this.visits.today();
			boolean past = visitDate != null && visitDate.isBefore(today);
			EvaluationJourney.this.panels.formPanel(CENTER, this.caseId, expertIds, expertIds.get(0),
					past ? today : visitDate);
			if (past) {
				EvaluationJourney.this.visits.recordActualVisit(CENTER, this.caseId, visitDate, "现场评审已按实际日期完成（补录）");
			}
			return this;
		}

		/** Each expert signs the declaration, scores with this sheet and submits. */
		public Steps scored(List<String> experts, SheetInput sheet) {
			for (String username : experts) {
				scored(username, sheet);
			}
			return this;
		}

		/** An expert on the panel signs the no-conflict declaration. */
		public Steps signed(String username) {
			EvaluationJourney.this.panels.declareNoConflict(expert(username), this.caseId);
			return this;
		}

		/** One expert signs the declaration, scores with this sheet and submits. */
		public Steps scored(String username, SheetInput sheet) {
			CurrentUser expert = expert(username);
			signed(username);
			EvaluationJourney.this.drafts.saveSheet(expert, this.caseId, SheetKind.EXPERT, sheet);
			EvaluationJourney.this.onSite.submitExpertSheet(expert, this.caseId, null);
			return this;
		}

		/**
		 * The lead records these vetoes and the opinion and submits the initial grade:
		 * 中心审核 next (第十一条).
		 */
		public Steps initialGrade(String lead, Map<String, SheetInput.VetoInput> vetoes, String opinion) {
			EvaluationJourney.this.onSite.submitInitialGrade(expert(lead), this.caseId, vetoes, Map.of(), opinion);
			return this;
		}

		/** The center reports the panel's result and initial grade to the bureau. */
		public Steps reportedToBureau() {
			EvaluationJourney.this.centerReviews.reportToBureau(CENTER, this.caseId, null);
			return this;
		}

		/**
		 * The lead submits the initial grade without vetoes and the center reports it:
		 * 市局审核 next.
		 */
		public Steps atBureauReview(String lead, String opinion) {
			return initialGrade(lead, Map.of(), opinion).reportedToBureau();
		}

		/** The bureau approves the initial grade. */
		public Steps approved() {
			EvaluationJourney.this.approvals.approve(BUREAU, this.caseId);
			return this;
		}

	}

}
