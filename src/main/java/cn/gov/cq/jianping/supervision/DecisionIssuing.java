package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.institution.RegistrationTerms;
import cn.gov.cq.jianping.scoring.model.Grade;

import org.springframework.stereotype.Component;

/**
 * Issues a bureau decision: a number of its year, the audit record and what it changes
 * (status, grade), all in the caller's transaction.
 */
@Component
class DecisionIssuing {

	static final String PREFIX = "渝人社评决";

	private final DocumentNumbers numbers;

	private final Downgrades downgrades;

	private final InstitutionRegistry registry;

	private final RegistrationTerms terms;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DecisionDocuments documents;

	DecisionIssuing(DocumentNumbers numbers, Downgrades downgrades, InstitutionRegistry registry,
			RegistrationTerms terms, AuditLog auditLog, Clock clock, DecisionDocuments documents) {
		this.numbers = numbers;
		this.downgrades = downgrades;
		this.registry = registry;
		this.terms = terms;
		this.auditLog = auditLog;
		this.clock = clock;
		this.documents = documents;
	}

	Optional<String> downgradeRefusal(long institutionId, Grade newGrade) {
		return this.downgrades.refusal(institutionId, newGrade);
	}

	void issue(SupervisionDecision decision, boolean adopt, String reason, String by) {
		String number = adopt
				? this.numbers.next(DocumentNumbers.SUPERVISION_DECISION, PREFIX, LocalDate.now(this.clock).getYear())
				: null;
		decision.decide(adopt, reason, by, number, this.clock.instant());
		this.auditLog.record(by, (adopt ? "决定" : "不予采纳：") + decision.getKind().label(), "INSTITUTION",
				decision.getInstitutionId(), reason.trim() + (adopt ? "（" + number + "）" : ""));
		if (!adopt) {
			return;
		}
		String why = decision.getKind().label() + "（" + number + "）：" + reason.trim();
		switch (decision.getKind()) {
			case CANCEL_REGISTRATION -> changeStatus(decision.getInstitutionId(), InstitutionStatus.CANCELLED, why);
			case SUSPEND -> changeStatus(decision.getInstitutionId(), InstitutionStatus.SUSPENDED, why);
			case DOWNGRADE -> this.downgrades.downgrade(decision.getInstitutionId(), decision.getNewGrade());
			case REVERSAL -> this.terms.reinstate(decision.getInstitutionId(), why, by);
		}
		// the 处理决定书 is made now, once, and served from storage from then on
		this.documents.issue(decision);
	}

	/** The decision's 处理决定书 as issued (made now if it was decided before storage). */
	IssuedDocuments.Issued document(SupervisionDecision decision) {
		return this.documents.issue(decision);
	}

	private void changeStatus(long institutionId, InstitutionStatus status, String why) {
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		if (institution.status() != status && institution.status() != InstitutionStatus.CANCELLED) {
			this.registry.changeStatus(GradeManagement.SYSTEM, institutionId, status, why, null);
		}
	}

}
