package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.Deadline;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Component;

/**
 * Cases as rows of a list: the stage's deadline and whether it has passed, for the cases
 * a user may list (filtered by {@link DataScope} in SQL, experts by their panels).
 */
@Component
class CaseSummaries {

	private final EvaluationCaseRepository cases;

	private final EvaluationRounds rounds;

	private final Clock clock;

	private final CaseTodos todos;

	CaseSummaries(EvaluationCaseRepository cases, EvaluationRounds rounds, Clock clock, CaseTodos todos) {
		this.cases = cases;
		this.rounds = rounds;
		this.clock = clock;
		this.todos = todos;
	}

	/** Every to-do of the user in the current rounds (one statement). */
	List<CaseViews.TodoItem> todos(CurrentUser user) {
		return this.todos.of(user, Integer.MAX_VALUE).items();
	}

	/**
	 * The cases the user works on within their scope: newest first, or by id for the
	 * center and bureau.
	 */
	List<CaseViews.CaseSummary> casesOf(CurrentUser user) {
		List<EvaluationCase> found;
		if (user.hasRole(Role.EXPERT)) {
			found = this.cases.findOnPanelOf(user.getUsername());
		}
		else {
			DataScope scope = DataScope.of(user);
			found = scope.isNone() ? List.of()
					: this.cases.findInScope(scope.all(), scope.institutionIdOrNone(), scope.districtCodeOrNone());
		}
		return found.stream().map(this::summary).toList();
	}

	List<EvaluationCase> ofRound(long roundId) {
		return this.cases.findByRoundIdOrderByInstitutionNameAscIdAsc(roundId);
	}

	List<EvaluationCase> ofInstitution(long institutionId) {
		return this.cases.findByInstitutionIdOrderByIdDesc(institutionId);
	}

	EvaluationRound round(EvaluationCase evaluationCase) {
		return this.rounds.find(evaluationCase.getRoundId());
	}

	EvaluationRound round(long roundId) {
		return this.rounds.find(roundId);
	}

	CaseViews.CaseSummary summary(EvaluationCase c) {
		return summary(c, round(c));
	}

	CaseViews.CaseSummary summary(EvaluationCase c, EvaluationRound round) {
		LocalDate deadline = switch (c.getStage()) {
			case SELF_ASSESSMENT -> round.getSelfDeadline();
			case DISTRICT_REVIEW -> round.getDistrictDeadline();
			case CENTER_EVALUATION -> round.getCenterDeadline();
			default -> null;
		};
		boolean overdue = deadline != null && new Deadline(deadline).isMissedAt(this.clock.instant());
		return new CaseViews.CaseSummary(c.getId(), c.getRoundId(), round.getName(), c.getInstitutionId(),
				c.getInstitutionName(), c.getRubricCode(), c.getDistrictCode(), c.isViaDistrict(), c.getStage(),
				c.isSelfSkipped(), c.isDistrictSkipped(), c.getInitialTotal(), c.getInitialGrade(),
				c.getApprovedGrade(), deadline, overdue, c.getVersion());
	}

}
