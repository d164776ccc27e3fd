package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleParameters;
import cn.gov.cq.jianping.scoring.model.RuleType;

/**
 * One criterion's rule as stored.
 */
@Embeddable
class RuleRow {

	@Column(name = "criterion_code", nullable = false)
	private String criterionCode;

	@Column(nullable = false)
	private BigDecimal points;

	@Enumerated(EnumType.STRING)
	@Column(name = "rule_type", nullable = false)
	private RuleType ruleType;

	private BigDecimal step;

	private BigDecimal deduction;

	private BigDecimal threshold;

	@Column(nullable = false)
	private int position;

	protected RuleRow() {
	}

	RuleRow(CriterionRule rule, int position) {
		this.criterionCode = rule.criterionCode();
		this.points = rule.points();
		this.ruleType = rule.type();
		this.step = rule.parameters().step();
		this.deduction = rule.parameters().deduction();
		this.threshold = rule.parameters().threshold();
		this.position = position;
	}

	CriterionRule toRule() {
		return new CriterionRule(this.criterionCode, this.points, this.ruleType,
				new RuleParameters(this.step, this.deduction, this.threshold));
	}

	int getPosition() {
		return this.position;
	}

}
