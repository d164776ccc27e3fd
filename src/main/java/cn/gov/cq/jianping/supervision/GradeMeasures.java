package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.model.GradeConsequences;

import org.springframework.stereotype.Component;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十八条 and 第十九条: what a grade of 基本合格 or 不合格 brings, whether confirmed or reached by a
 * downgrade: a rectification order with suspension, or a cancellation for the bureau to
 * decide.
 */
@Component
class GradeMeasures {

	private final InstitutionRegistry registry;

	private final RectificationOrderRepository orders;

	private final SupervisionDecisionRepository decisions;

	private final GradeSettings settings;

	private final DocumentNumbers numbers;

	private final Clock clock;

	private final DecisionDocuments documents;

	private final RectificationNotices notices;

	GradeMeasures(InstitutionRegistry registry, RectificationOrderRepository orders,
			SupervisionDecisionRepository decisions, GradeSettings settings, DocumentNumbers numbers, Clock clock,
			DecisionDocuments documents, RectificationNotices notices) {
		this.registry = registry;
		this.orders = orders;
		this.decisions = decisions;
		this.settings = settings;
		this.numbers = numbers;
		this.clock = clock;
		this.documents = documents;
		this.notices = notices;
	}

	/** What a grade brings, with the configured inspection frequency. */
	GradeConsequences consequencesOf(Grade grade) {
		return this.settings.consequencesOf(grade);
	}

	void apply(long institutionId, GradeConsequences consequences, Instant at, String cause) {
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		if (consequences.rectificationOrder()) {
			LocalDate deadline = LocalDate.ofInstant(at, TimeConfiguration.ZONE)
				.plusDays(this.settings.rectificationDays());
			String number = this.notices.nextNumber(GradeManagement.SYSTEM,
					LocalDate.ofInstant(at, TimeConfiguration.ZONE).getYear());
			RectificationOrder order = this.orders.save(new RectificationOrder(institutionId,
					"第十八条：" + cause + "为基本合格，列为重点监控对象，责令限期整改", GradeManagement.SYSTEM.getUsername(), at, deadline,
					RectificationNotices.authorityOf(GradeManagement.SYSTEM), number));
			this.notices.send(order);
			if (institution.status() != InstitutionStatus.SUSPENDED
					&& institution.status() != InstitutionStatus.CANCELLED) {
				this.registry.changeStatus(GradeManagement.SYSTEM, institutionId, InstitutionStatus.SUSPENDED,
						"第十八条：" + cause + "为基本合格，整改期间暂停评价活动（整改通知编号 " + order.getId() + "，期限至 " + deadline + "）", null);
			}
		}
		if (consequences.cancellationProposal()) {
			cancel(institution, cause);
		}
	}

	/**
	 * 第十九条 is mandatory ("对不合格鉴定评价机构，取消机构备案"): the cancellation takes effect with the
	 * grade, in the same transaction, as a numbered decision whose letter can be
	 * downloaded at once. Only a reversal decision of the bureau undoes it.
	 */
	private void cancel(InstitutionView institution, String cause) {
		Instant now = this.clock.instant();
		String system = GradeManagement.SYSTEM.getUsername();
		SupervisionDecision decision = this.decisions.save(new SupervisionDecision(institution.id(),
				SupervisionDecision.Kind.CANCEL_REGISTRATION, "第十九条：" + cause + "为不合格", null, system, now));
		String number = this.numbers.next(DocumentNumbers.SUPERVISION_DECISION, DecisionIssuing.PREFIX,
				LocalDate.ofInstant(now, TimeConfiguration.ZONE).getYear());
		decision.decide(true, "第十九条：对不合格鉴定评价机构，取消机构备案", system, number, now);
		this.documents.issue(decision);
		if (institution.status() != InstitutionStatus.CANCELLED) {
			this.registry.changeStatus(GradeManagement.SYSTEM, institution.id(), InstitutionStatus.CANCELLED,
					"第十九条：" + cause + "为不合格，取消机构备案（" + number + "）", null);
		}
	}

}
