package cn.gov.cq.jianping.scoring;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.scoring.model.RuleType;

/**
 * The rule set editor's form: numbers stay text until checked, so a typo is reported
 * beside its field instead of being lost.
 */
public class RuleSetForm {

	private String name;

	private Long version;

	private List<Rule> rules = new ArrayList<>();

	/** One criterion's row of the editor. */
	public static class Rule {

		private String criterionCode;

		private String points;

		private RuleType type;

		private String step;

		private String deduction;

		private String threshold;

		public Rule() {
		}

		Rule(String criterionCode, String points, RuleType type, String step, String deduction, String threshold) {
			this.criterionCode = criterionCode;
			this.points = points;
			this.type = type;
			this.step = step;
			this.deduction = deduction;
			this.threshold = threshold;
		}

		public String getCriterionCode() {
			return this.criterionCode;
		}

		public void setCriterionCode(String criterionCode) {
			this.criterionCode = criterionCode;
		}

		public String getPoints() {
			return this.points;
		}

		public void setPoints(String points) {
			this.points = points;
		}

		public RuleType getType() {
			return this.type;
		}

		public void setType(RuleType type) {
			this.type = type;
		}

		public String getStep() {
			return this.step;
		}

		public void setStep(String step) {
			this.step = step;
		}

		public String getDeduction() {
			return this.deduction;
		}

		public void setDeduction(String deduction) {
			this.deduction = deduction;
		}

		public String getThreshold() {
			return this.threshold;
		}

		public void setThreshold(String threshold) {
			this.threshold = threshold;
		}

	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Rule> getRules() {
		return this.rules;
	}

	public void setRules(List<Rule> rules) {
		this.rules = rules;
	}

}
