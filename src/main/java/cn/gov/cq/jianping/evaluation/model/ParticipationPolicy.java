package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionStatus;

/**
 * 第八条: every registered institution takes part — in 正常, 整改中 or 暂停评价 alike, since those
 * under rectification are the ones the measures most want evaluated — except those whose
 * registration was cancelled and those registered in the round's year. Each default comes
 * with its reason.
 */
public final class ParticipationPolicy {

	private ParticipationPolicy() {
	}

	/** The default decision for one institution and why. */
	public record Decision(boolean included, String reason) {
	}

	public static Decision defaultFor(int roundYear, LocalDate registeredOn, InstitutionStatus status) {
		if (status == InstitutionStatus.CANCELLED) {
			return new Decision(false, "已取消备案，不参加本次评估");
		}
		if (registeredOn.getYear() == roundYear) {
			return new Decision(false, "第八条：当年备案新设的鉴定评价机构原则上不参加评估");
		}
		return new Decision(true, "第八条：备案机构（" + status.label() + "），且非当年备案");
	}

}
