package cn.gov.cq.jianping.publicity;

import cn.gov.cq.jianping.evaluation.BureauApprovals;
import cn.gov.cq.jianping.evaluation.CaseTimeline;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * What a re-review decides for the entry (第十三条): an upheld objection withdraws the entry
 * from publicity and sends the case back for re-evaluation; otherwise the grade is
 * confirmed once the period is over and nothing else is open.
 */
@Component
class DecisionConsequences {

	private final PublicityEntryRepository entries;

	private final CaseTimeline timeline;

	private final BureauApprovals approvals;

	private final EntryConfirmation confirmations;

	private final ObjectorInforming informing;

	DecisionConsequences(PublicityEntryRepository entries, CaseTimeline timeline, BureauApprovals approvals,
			EntryConfirmation confirmations, ObjectorInforming informing) {
		this.entries = entries;
		this.timeline = timeline;
		this.approvals = approvals;
		this.confirmations = confirmations;
		this.informing = informing;
	}

	void follow(CurrentUser user, Objection objection, ObjectionDecision decision) {
		PublicityEntry entry = this.entries.findById(objection.getEntryId()).orElseThrow();
		String action = decision.upheld() ? "异议复核：成立" : "异议复核：不成立";
		this.timeline.recordOnTimeline(entry.getCaseId(), user.getUsername(), action,
				"回执号 " + objection.getReceiptNumber() + "：" + decision.conclusion());
		// 第十三条: the objector is told the result, whichever it is, and the telling is
		// recorded.
		this.informing.inform(objection, entry.getInstitutionName());
		if (decision.upheld()) {
			if (entry.getStatus() == PublicityEntry.Status.UNDER_NOTICE) {
				entry.withdraw();
				this.approvals.reopenAfterUpheldObjection(user, entry.getCaseId(), decision.conclusion());
			}
		}
		else {
			this.confirmations.confirmIfDue(entry, objection.getDecidedAt());
		}
	}

}
