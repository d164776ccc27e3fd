package cn.gov.cq.jianping.evaluation;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.gov.cq.jianping.rubric.RubricUsage;
import cn.gov.cq.jianping.scoring.RuleSetView;
import cn.gov.cq.jianping.scoring.RuleSets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric versions of the launched rounds: each round names a rule set per type, and
 * each rule set belongs to one rubric version.
 */
@Component
class RoundRubricUsage implements RubricUsage {

	private final EvaluationRoundRepository rounds;

	private final RuleSets ruleSets;

	RoundRubricUsage(EvaluationRoundRepository rounds, RuleSets ruleSets) {
		this.rounds = rounds;
		this.ruleSets = ruleSets;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> inUseByRunningRounds() {
		Set<String> used = new LinkedHashSet<>();
		for (EvaluationRound round : this.rounds.findAllByOrderByIdDesc()) {
			if (round.getStatus() == EvaluationRound.Status.LAUNCHED) {
				for (long ruleSetId : new long[] { round.getAppraisalRuleSetId(), round.getLevelRuleSetId() }) {
					RuleSetView view = this.ruleSets.view(ruleSetId);
					used.add(RubricUsage.key(view.rubricCode(), view.rubricVersion()));
				}
			}
		}
		return used;
	}

}
