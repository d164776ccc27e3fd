package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;

import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the round form posts; dates come from date inputs as yyyy-MM-dd.
 */
record RoundFormData(String name, Integer year, Long appraisalRuleSetId, Long levelRuleSetId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate districtDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate centerDeadline,
		ConsolidationMethod consolidationMethod) {

	static RoundFormData empty(int year) {
		return new RoundFormData(null, year, null, null, null, null, null, ConsolidationMethod.MEAN);
	}

	EvaluationRounds.RoundForm toForm() {
		return new EvaluationRounds.RoundForm(this.name, this.year, this.appraisalRuleSetId, this.levelRuleSetId,
				this.selfDeadline, this.districtDeadline, this.centerDeadline, this.consolidationMethod);
	}

}
