package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.stereotype.Component;

/**
 * 以日常管理情况为基础 (第十一条): what the registry and the other modules know of the institution —
 * registry history, earlier grades, complaints, inspection and spot-check findings,
 * rectification orders, bureau decisions — as of the round's reference date.
 */
@Component
class DailyRecord {

	/** The registry is read for the system, as the center would (no data scope). */
	private static final CurrentUser SYSTEM = CurrentUser.of(Role.CENTER, null, null);

	private final InstitutionRegistry registry;

	private final List<DailyRecordContributor> contributors;

	private final CaseSummaries summaries;

	private final Clock clock;

	DailyRecord(InstitutionRegistry registry, List<DailyRecordContributor> contributors, CaseSummaries summaries,
			Clock clock) {
		this.registry = registry;
		this.contributors = contributors;
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * The round's reference date: the day it was launched (its cases exist from then on);
	 * “半年内” and “近一年” look back from it.
	 */
	LocalDate referenceDate(EvaluationCase evaluationCase) {
		EvaluationRound round = this.summaries.round(evaluationCase);
		return round.getLaunchedAt() == null ? LocalDate.now(this.clock)
				: LocalDate.ofInstant(round.getLaunchedAt(), TimeConfiguration.ZONE);
	}

	List<String> linesFor(EvaluationCase evaluationCase) {
		LocalDate reference = referenceDate(evaluationCase);
		List<String> lines = new ArrayList<>();
		lines.add("评估基准日：" + reference + "（批次启动日）");
		this.registry.find(evaluationCase.getInstitutionId()).ifPresent(institution -> {
			lines.add("备案状态：" + institution.status().label() + "；备案有效期 " + institution.registeredOn() + " 至 "
					+ institution.expiresOn());
			lines.add("备案范围：" + institution.scopeOccupations());
			lines.addAll(registryHistory(institution.id()));
		});
		for (EvaluationCase earlier : this.summaries.ofInstitution(evaluationCase.getInstitutionId())) {
			if (!earlier.getId().equals(evaluationCase.getId()) && earlier.getApprovedGrade() != null) {
				lines.add("以往评估：" + this.summaries.round(earlier).getName() + " 核准等级“"
						+ earlier.getApprovedGrade().label() + "”");
			}
		}
		for (DailyRecordContributor contributor : this.contributors) {
			lines.addAll(contributor.linesFor(evaluationCase.getInstitutionId(), reference));
		}
		return lines;
	}

	/** The facts that prefill criteria and suggest vetoes on the case's sheets. */
	List<DailyFact> factsFor(EvaluationCase evaluationCase) {
		LocalDate reference = referenceDate(evaluationCase);
		List<DailyFact> facts = new ArrayList<>();
		for (DailyRecordContributor contributor : this.contributors) {
			facts.addAll(contributor.factsFor(evaluationCase.getInstitutionId(), reference));
		}
		return facts;
	}

	private List<String> registryHistory(long institutionId) {
		List<String> lines = new ArrayList<>();
		// Called only after find() has found the institution; the center's scope is the
		// whole city.
		InstitutionView withHistory = this.registry.get(SYSTEM, institutionId);
		for (InstitutionView.StatusChange change : withHistory.statusChanges()) {
			lines.add("备案变更：" + LocalDate.ofInstant(change.changedAt(), TimeConfiguration.ZONE) + " "
					+ (change.from() == null ? "" : change.from().label() + " → ") + change.to().label()
					+ (change.reason() == null ? "" : "（" + change.reason() + "）"));
		}
		return lines;
	}

}
