package cn.gov.cq.jianping.scoring;

import java.time.Instant;

import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.RuleSet;

/**
 * A stored rule set with what the pages need to know about it.
 */
public record RuleSetView(long id, String name, RubricCode rubricCode, int rubricVersion, RuleSetStatus status,
		boolean defaultSet, Long basedOn, String createdBy, Instant createdAt, Instant updatedAt, String frozenBy,
		Instant frozenAt, long version, RuleSet ruleSet) {

	public boolean editable() {
		return this.status == RuleSetStatus.DRAFT;
	}

}
