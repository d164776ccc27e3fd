package cn.gov.cq.jianping.evaluation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.VisitSchedule;

/**
 * A case's on-site visit (实地检查): the date the center scheduled and, when the visit took
 * place earlier, the actual date with its reason; {@link VisitSchedule} holds the rules.
 */
@Embeddable
class CaseVisit {

	@Column(name = "visit_date")
	private LocalDate visitDate;

	@Column(name = "actual_visit_date")
	private LocalDate actualVisitDate;

	@Column(name = "actual_visit_reason", columnDefinition = "text")
	private String actualVisitReason;

	protected CaseVisit() {
	}

	/** A visit scheduled for today or later; a new schedule drops an actual date. */
	static CaseVisit scheduled(LocalDate date, LocalDate today) {
		refuse(VisitSchedule.refusalOfScheduled(date, today).orElse(null));
		CaseVisit visit = new CaseVisit();
		visit.visitDate = date;
		return visit;
	}

	/** The same visit, recorded as having taken place earlier, on {@code actual}. */
	CaseVisit tookPlace(LocalDate actual, String reason, LocalDate today) {
		refuse(VisitSchedule.refusalOfActual(actual, reason, this.visitDate, today).orElse(null));
		CaseVisit visit = new CaseVisit();
		visit.visitDate = this.visitDate;
		visit.actualVisitDate = actual;
		visit.actualVisitReason = reason.trim();
		return visit;
	}

	/** Refuses on-site scoring before the (actual) visit date. */
	void requireScoringOpen(LocalDate today) {
		VisitSchedule.requireScoringOpen(this.visitDate, this.actualVisitDate, today);
	}

	LocalDate visitDate() {
		return this.visitDate;
	}

	LocalDate actualVisitDate() {
		return this.actualVisitDate;
	}

	String actualVisitReason() {
		return this.actualVisitReason;
	}

	private static void refuse(String refusal) {
		if (refusal != null) {
			throw new IllegalTransitionException(refusal);
		}
	}

}
