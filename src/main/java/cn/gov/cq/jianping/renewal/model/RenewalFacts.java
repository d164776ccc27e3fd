package cn.gov.cq.jianping.renewal.model;

import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * What the renewal rules look at: the registration, the latest confirmed grade (第八条:
 * "评估结果作为当年备案期满申请延续备案的依据") and whether a rectification is still open.
 *
 * @param grade the latest confirmed grade, or {@code null} if the institution has none
 * @param gradeValidUntil until when that grade stands, or {@code null}
 */
public record RenewalFacts(InstitutionStatus status, LocalDate expiresOn, Grade grade, Integer gradeRoundYear,
		LocalDate gradeValidUntil, boolean unfinishedRectification, LocalDate today) {

	public RenewalFacts {
		if (status == null || expiresOn == null || today == null) {
			throw new IllegalArgumentException("status, expiresOn and today are required");
		}
	}

	/** The basis as the application and the decision state it. */
	public String basis() {
		if (this.grade == null) {
			return "尚无已确定的评估等级";
		}
		return (this.gradeRoundYear == null ? "" : this.gradeRoundYear + "年度") + "评估等级“" + this.grade.label() + "”"
				+ (this.gradeValidUntil == null ? "" : "（有效至 " + this.gradeValidUntil + "）");
	}

	public boolean expired() {
		return this.expiresOn.isBefore(this.today);
	}

}
