package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

/**
 * 第八条: institutions registered in the round's year do not, in principle, take part; only
 * institutions in status 正常 are evaluated. Each default comes with its reason.
 */
public final class ParticipationPolicy {

	private ParticipationPolicy() {
	}

	/** The default decision for one institution and why. */
	public record Decision(boolean included, String reason) {
	}

	public static Decision defaultFor(int roundYear, LocalDate registeredOn, boolean statusNormal) {
		if (!statusNormal) {
			return new Decision(false, "机构状态不是“正常”，不参加本次评估");
		}
		if (registeredOn.getYear() == roundYear) {
			return new Decision(false, "第八条：当年备案新设的鉴定评价机构原则上不参加评估");
		}
		return new Decision(true, "状态正常，且非当年备案");
	}

}
