package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionView;

/**
 * 第八条: every registered institution takes part — in 正常, 整改中 or 暂停评价 alike, since those
 * under rectification are the ones the measures most want evaluated — except those whose
 * registration was cancelled, those registered in the round's year, and those whose
 * registration has expired (they wait for 延续备案 first; the expiry day still counts). Each
 * default comes with its reason.
 */
public final class ParticipationPolicy {

	private ParticipationPolicy() {
	}

	/** The default decision for one institution and why. */
	public record Decision(boolean included, String reason) {
	}

	/**
	 * The default on {@code today}: an expired registration stays out, listed as
	 * {@value InstitutionView#AWAITING_RENEWAL_LABEL}.
	 */
	public static Decision defaultFor(int roundYear, LocalDate registeredOn, LocalDate expiresOn,
			InstitutionStatus status, LocalDate today) {
		if (status != InstitutionStatus.CANCELLED && expiresOn != null && expiresOn.isBefore(today)) {
			return new Decision(false, InstitutionView.AWAITING_RENEWAL_LABEL + "（有效期至 " + expiresOn + "）");
		}
		return defaultFor(roundYear, registeredOn, status);
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
