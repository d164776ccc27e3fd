package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Test-side shortcut to the evaluation use cases, for the publicity and supervision tests
 * that drive a case through the chain step by step; the application itself calls
 * {@link CaseQueries}, {@link CaseTimeline}, {@link BureauApprovals} and the other use
 * cases directly.
 */
@Service
public class EvaluationCases {

	private final CaseQueries queries;

	private final CaseTimeline timeline;

	private final SheetDrafts drafts;

	private final SelfAssessments selfAssessments;

	private final Panels panels;

	private final OnSiteScoring onSite;

	private final BureauApprovals approvals;

	private final ExpertPool pool;

	private final CenterReviews centerReviews;

	EvaluationCases(CaseQueries queries, CaseTimeline timeline, SheetDrafts drafts, SelfAssessments selfAssessments,
			Panels panels, OnSiteScoring onSite, BureauApprovals approvals, ExpertPool pool,
			CenterReviews centerReviews) {
		this.centerReviews = centerReviews;
		this.queries = queries;
		this.timeline = timeline;
		this.drafts = drafts;
		this.selfAssessments = selfAssessments;
		this.panels = panels;
		this.onSite = onSite;
		this.approvals = approvals;
		this.pool = pool;
	}

	/** As {@link ExpertPool.ExpertView}. */
	public record ExpertView(long id, String username, String name, String speciality, String employer,
			Map<Long, String> conflicts) {
		ExpertView(ExpertPool.ExpertView e) {
			this(e.id(), e.username(), e.name(), e.speciality(), e.employer(), e.conflicts());
		}
	}

	public CaseViews.CaseDetail detail(CurrentUser user, long caseId) {
		return this.queries.detail(user, caseId);
	}

	public List<CaseViews.CaseSummary> casesOfRound(CurrentUser user, long roundId) {
		return this.queries.casesOfRound(user, roundId);
	}

	public void recordOnTimeline(long caseId, String actor, String action, String detail) {
		this.timeline.recordOnTimeline(caseId, actor, action, detail);
	}

	public void reopenAfterUpheldObjection(CurrentUser user, long caseId, String conclusion) {
		this.approvals.reopenAfterUpheldObjection(user, caseId, conclusion);
	}

	public void approve(CurrentUser user, long caseId) {
		this.approvals.approve(user, caseId);
	}

	public void saveSheet(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		this.drafts.saveSheet(user, caseId, kind, input);
	}

	public void submitSelfAssessment(CurrentUser user, long caseId, Long version) {
		this.selfAssessments.submitSelfAssessment(user, caseId, version);
	}

	public void formPanel(CurrentUser user, long caseId, List<Long> expertIds, Long leadId, LocalDate visitDate) {
		this.panels.formPanel(user, caseId, expertIds, leadId, visitDate);
	}

	public void declareNoConflict(CurrentUser user, long caseId) {
		this.panels.declareNoConflict(user, caseId);
	}

	public void submitExpertSheet(CurrentUser user, long caseId, Long version) {
		this.onSite.submitExpertSheet(user, caseId, version);
	}

	/**
	 * The lead submits the initial grade and the center reports it (第十一条): the case waits
	 * at 市局审核, as the publicity and supervision tests need it.
	 */
	public void submitInitialGrade(CurrentUser user, long caseId, Map<String, SheetInput.VetoInput> vetoes,
			Map<String, BigDecimal> consensus, String opinion) {
		this.onSite.submitInitialGrade(user, caseId, vetoes, consensus, opinion);
		this.centerReviews.reportToBureau(EvaluationJourney.CENTER, caseId, null);
	}

	public List<ExpertView> expertPool() {
		return this.pool.expertPool().stream().map(ExpertView::new).toList();
	}

	public long addExpert(CurrentUser user, String username, String name, String speciality, String employer) {
		return this.pool.addExpert(user, username, name, speciality, employer);
	}

}
