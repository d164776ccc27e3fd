package cn.gov.cq.jianping.renewal.model;

import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * One rule of 延续备案: it either has nothing to say, or decides the verdict. The rules are
 * asked in order and the first that speaks decides; when none does, the renewal may be
 * approved after the technical evaluation.
 */
public interface RenewalPolicy {

	Optional<RenewalVerdict> apply(RenewalFacts facts);

	/** 第十九条: a cancelled registration is not renewed. */
	RenewalPolicy CANCELLED_REFUSED = facts -> facts.status() == InstitutionStatus.CANCELLED
			? Optional.of(new RenewalVerdict.Refused("该机构已被取消备案，不予延续备案", "第十九条")) : Optional.empty();

	/** 第十九条: 不合格 means cancellation, so no renewal. */
	RenewalPolicy UNQUALIFIED_REFUSED = facts -> facts.grade() == Grade.UNQUALIFIED
			? Optional.of(new RenewalVerdict.Refused("最近一次评估等级为不合格，依法取消机构备案，不予延续备案", "第十九条")) : Optional.empty();

	/** 第十八条: while a rectification is not accepted, the renewal waits. */
	RenewalPolicy UNFINISHED_RECTIFICATION_WAITS = facts -> facts.unfinishedRectification()
			? Optional.of(new RenewalVerdict.Waits(
					(facts.grade() == Grade.BASIC ? "最近一次评估等级为基本合格，" : "") + "责令整改尚未验收通过；整改完成并验收通过后方可延续备案", "第十八条"))
			: Optional.empty();

	/** 第十六条(二): 优秀 within its validity is renewed without the technical evaluation. */
	RenewalPolicy EXCELLENT_WAIVES_TECHNICAL_EVALUATION = facts -> facts.grade() == Grade.EXCELLENT
			&& facts.gradeValidUntil() != null && !facts.today().isAfter(facts.gradeValidUntil())
					? Optional.of(new RenewalVerdict.Approvable(true, "评估等级为优秀且在有效期内，备案到期再次申请备案免于技术评估", "第十六条第（二）项"))
					: Optional.empty();

	static List<RenewalPolicy> allCurrentPolicies() {
		return List.of(CANCELLED_REFUSED, UNQUALIFIED_REFUSED, UNFINISHED_RECTIFICATION_WAITS,
				EXCELLENT_WAIVES_TECHNICAL_EVALUATION);
	}

	/** The verdict of all current rules on {@code facts}. */
	static RenewalVerdict verdict(RenewalFacts facts) {
		for (RenewalPolicy policy : allCurrentPolicies()) {
			Optional<RenewalVerdict> verdict = policy.apply(facts);
			if (verdict.isPresent()) {
				return verdict.get();
			}
		}
		return new RenewalVerdict.Approvable(false, "以" + facts.basis() + "为依据，经技术评估后决定是否延续备案", "第八条");
	}

}
